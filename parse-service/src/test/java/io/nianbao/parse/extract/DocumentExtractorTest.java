package io.nianbao.parse.extract;

import io.nianbao.parse.extract.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentExtractorTest {
    static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    static final Charset GBK = Charset.forName("GBK");
    static final Charset BIG5 = Charset.forName("Big5");

    static final String TABLE_HTML = """
            <html><head><meta charset="%s"><title>页面标题不进正文</title></head><body>
            <div>滁州市琅琊区人社局2021年政府信息公开工作年度报告</div><div>发布时间：2022-01-26</div>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table border="1">
              <tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                  <td colspan="3">申请人情况</td></tr>
              <tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>
              <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>1</td><td>&nbsp;</td><td>1</td></tr>
              <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>1</td><td>0</td><td>1</td></tr>
              <tr><td>（二）部分<br>公开</td><td>0</td><td>0</td><td>0</td></tr>
            </table>
            <p>四、政府信息公开行政复议、行政诉讼情况</p>
            </body></html>
            """;

    @Test
    void htmlTableRowsBecomeTabSeparatedLinesWithMergedCellsLeftEmpty() {
        ExtractedDocument doc = EXTRACTOR.extract(TABLE_HTML.formatted("utf-8").getBytes(StandardCharsets.UTF_8),
                "report.html", "text/html");
        assertThat(doc.mediaType()).isEqualTo("text/html");
        List<String> lines = doc.text().lines().toList();
        System.out.println("[extract] html lines:\n" + doc.text());
        assertThat(lines).containsExactly(
                "滁州市琅琊区人社局2021年政府信息公开工作年度报告",
                "发布时间：2022-01-26",
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t",
                "\t\t自然人\t法人或其他组织\t总计",
                "一、本年新收政府信息公开申请数量\t\t1\t\t1",
                "三、本年度办理结果\t（一）予以公开\t1\t0\t1",
                "\t（二）部分公开\t0\t0\t0",
                "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(doc.text()).doesNotContain("页面标题不进正文");
    }

    @Test
    void nestedLayoutTableKeepsParagraphsAndTheInnerTableRows() {
        String html = """
                <html><body><table><tr><td>
                <p>一、总体情况</p><p>本年度我局主动公开政府信息384条。</p>
                <table><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>
                <p>五、存在的主要问题及改进情况</p>
                </td></tr></table></body></html>""";
        ExtractedDocument doc = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(doc.text().lines().toList()).containsExactly(
                "一、总体情况", "本年度我局主动公开政府信息384条。", "规章\t0\t0\t0", "五、存在的主要问题及改进情况");
    }

    @Test
    void gbkHtmlWithAndWithoutMetaCharset() {
        String html = TABLE_HTML.formatted("gb2312") + "<p>朱镕基</p>"; // 镕 is GBK, not GB2312
        byte[] withMeta = html.getBytes(GBK);
        assertThat(EXTRACTOR.extract(withMeta, "a.html", null).text())
                .contains("申请人情况").contains("（一）予以公开\t1\t0\t1").contains("朱镕基");
        byte[] withoutMeta = html.replace("<meta charset=\"gb2312\">", "").getBytes(GBK);
        assertThat(EXTRACTOR.extract(withoutMeta, "a.html", null).text())
                .contains("申请人情况").contains("一、本年新收政府信息公开申请数量");
    }

    @Test
    void big5HtmlWithoutMetaCharset() {
        String html = TABLE_HTML.formatted("x").replace("<meta charset=\"x\">", "")
                .replace("申请人情况", "申請人情況").replace("政府信息公开", "政府資訊公開");
        ExtractedDocument doc = EXTRACTOR.extract(html.getBytes(BIG5), "b.htm", null);
        assertThat(doc.text()).contains("申請人情況").contains("政府資訊公開");
    }

    static final String REPORT_TXT = """
            靖远县人力资源和社会保障局2016年政府信息公开工作年度报告
            一、概述
            本年度主动公开政府信息120条，收到政府信息公开申请3件，均已按时答复。
            二、主动公开政府信息情况
            规章\t0\t0\t0
            """;

    @Test
    void gbkText() {
        ExtractedDocument doc = EXTRACTOR.extract(REPORT_TXT.getBytes(GBK), "r.txt", "text/plain");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.text()).isEqualTo(REPORT_TXT.strip());
        assertThat(doc.notes()).extracting(n -> n.code).contains(DocumentExtractor.NOTE_CHARSET_GUESSED);
    }

    @Test
    void textInMixedEncodingsIsDecodedLineByLine() throws Exception {
        // every other line of the report in GBK, the rest UTF-8, and a line with stray bytes
        java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
        String[] lines = REPORT_TXT.split("\n");
        for (int i = 0; i < lines.length; i++) {
            mixed.write((lines[i] + "\n").getBytes(i % 2 == 1 ? GBK : StandardCharsets.UTF_8));
            if (i == 2) {
                mixed.write(new byte[]{'x', (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, '\n'});
            }
        }
        ExtractedDocument doc = EXTRACTOR.extract(mixed.toByteArray(), "page.txt", "text/plain");
        for (String line : lines) {
            assertThat(doc.text()).contains(line.strip());
        }
        assertThat(doc.text()).contains("本年度主动公开政府信息120条，收到政府信息公开申请3件");
        assertThat(doc.notes()).extracting(n -> n.code).contains(DocumentExtractor.NOTE_CHARSET_MIXED);
        assertThat(doc.notes()).filteredOn(n -> n.code.equals(DocumentExtractor.NOTE_CHARSET_MIXED))
                .extracting(n -> n.message).first().asString().contains("1 with undecodable bytes");
    }

    @Test
    void claimedPlainTextIsTakenOnlyWhenItIsPlainText() {
        assertThat(DocumentExtractor.plainText(REPORT_TXT.getBytes(GBK))).isTrue();
        assertThat(DocumentExtractor.plainText(("\uFEFF  " + REPORT_TXT).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(DocumentExtractor.plainText("  <p>报告</p>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(DocumentExtractor.plainText("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(DocumentExtractor.plainText(TestDocuments.elf())).isFalse();
        // an executable claimed as text is still refused: the claim never decides
        assertThatThrownBy(() -> EXTRACTOR.extract(TestDocuments.elf(), "report.txt", "text/plain"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void big5Text() {
        String traditional = """
                靖遠縣人力資源和社會保障局2016年政府資訊公開工作年度報告
                一、概述
                本年度主動公開政府資訊120條，收到政府資訊公開申請3件，均已按時答覆。
                """;
        ExtractedDocument doc = EXTRACTOR.extract(traditional.getBytes(BIG5), "r.txt", null);
        assertThat(doc.text()).isEqualTo(traditional.strip());
    }

    @Test
    void utf8MarkdownWithPipeTableIsKeptAsWritten() {
        String md = "# 2021年政府信息公开工作年度报告\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n";
        ExtractedDocument doc = EXTRACTOR.extract(md.getBytes(StandardCharsets.UTF_8), "r.md", null);
        assertThat(doc.mediaType()).startsWith("text/");
        assertThat(doc.text()).isEqualTo(md.strip());
        assertThat(doc.notes()).isEmpty();
    }

    @Test
    void docxTableWithPoi() throws Exception {
        byte[] docx = TestDocuments.docx("某区人社局2021年政府信息公开工作年度报告",
                List.of(List.of("信息内容", "本年新\n制作数量", "本年新公开数量", "对外公开总数量"),
                        List.of("规章", "0", "0", "0"),
                        List.of("规范性文件", "2", "", "15")),
                "六、其他需要报告的事项");
        ExtractedDocument doc = EXTRACTOR.extract(docx, "r.docx", null);
        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.text().lines().toList()).containsExactly(
                "某区人社局2021年政府信息公开工作年度报告",
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "规章\t0\t0\t0",
                "规范性文件\t2\t\t15",
                "六、其他需要报告的事项");
    }

    @Test
    void docxMergedCells() throws Exception {
        ExtractedDocument doc = EXTRACTOR.extract(TestDocuments.docxMerged(), "m.docx", null);
        System.out.println("[extract] docx merged:\n" + doc.text());
        // vertical merge (vMerge): Tika gives the continuation as an empty cell, as rowspan does in HTML;
        // horizontal merge (gridSpan): one cell, no empty filler (Tika does not report the span)
        assertThat(doc.text().lines().toList()).containsExactly(
                "信息内容\t本年制发件数",
                "（三）不予公开\t1.属于国家秘密\t3",
                "\t2.其他法律行政法规禁止公开\t4");
        assertThat(doc.text().lines().filter(l -> l.contains("（三）不予公开")).count()).isEqualTo(1);
    }

    @Test
    void pdfWithChineseTextLayer() throws Exception {
        File font = TestDocuments.cjkFont();
        Assumptions.assumeTrue(font != null, "SKIPPED: no TrueType CJK font on this machine (looked in "
                + TestDocuments.CJK_FONTS + "); install Debian's fonts-wqy-microhei");
        byte[] pdf = TestDocuments.pdf(font, List.of(
                List.of("某县人力资源和社会保障局2021年政府信息公开工作年度报告"),
                List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规章", "0", "0", "0"),
                List.of("行政规范性文件", "2", "1", "15")));
        ExtractedDocument doc = EXTRACTOR.extract(pdf, "r.pdf", "application/pdf");
        System.out.println("[extract] pdf lines:\n" + doc.text());
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.text().lines().toList()).containsExactly(
                "某县人力资源和社会保障局2021年政府信息公开工作年度报告",
                "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                "规章\t0\t0\t0",
                "行政规范性文件\t2\t1\t15");
    }

    @Test
    void ofdTextObjectsByPosition() throws Exception {
        byte[] ofd = TestDocuments.ofd(List.of(
                List.of("某县人社局2021年政府信息公开工作年度报告"),
                List.of("规章", "0", "1", "2")));
        ExtractedDocument doc = EXTRACTOR.extract(ofd, "r.ofd", null);
        assertThat(doc.mediaType()).isEqualTo(DocumentExtractor.OFD);
        assertThat(doc.text().lines().toList()).containsExactly("某县人社局2021年政府信息公开工作年度报告", "规章\t0\t1\t2");
    }

    @Test
    void refusals() throws Exception {
        assertRefused(new byte[0], "e.txt", Reason.EMPTY);
        assertRefused(TestDocuments.png(), "scan.png", Reason.UNSUPPORTED_TYPE);
        assertRefused(TestDocuments.elf(), "report.pdf", Reason.UNSUPPORTED_TYPE);
        assertRefused(TestDocuments.zip(), "report.zip", Reason.UNSUPPORTED_TYPE);
        byte[] pdf = "%PDF-1.7\n1 0 obj garbage without end".getBytes(StandardCharsets.US_ASCII);
        assertRefused(pdf, "broken.pdf", Reason.CORRUPT);
        byte[] docx = TestDocuments.docx("标题", List.of(List.of("a", "b")), "尾");
        assertRefusedAny(Arrays.copyOf(docx, docx.length / 2), "broken.docx");
        assertRefused("<html><body><p> </p></body></html>".getBytes(StandardCharsets.UTF_8), "e.html", Reason.NO_TEXT);
        assertRefused(" \n\t \n".getBytes(StandardCharsets.UTF_8), "blank.txt", Reason.NO_TEXT);
    }

    @Test
    void limits() {
        DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(100, 20, Duration.ofSeconds(10)));
        assertThatThrownBy(() -> small.extract(new byte[101], "x.txt", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        ExtractedDocument cut = small.extract("一二三四五六七八九十一二三四五六七八九十一二三四五".getBytes(StandardCharsets.UTF_8), "x.txt", null);
        assertThat(cut.text()).hasSize(20);
        assertThat(cut.notes()).extracting(n -> n.code).containsExactly(DocumentExtractor.NOTE_TEXT_TRUNCATED);

        String bigHtml = "<html><body>" + "<p>政府信息公开</p>".repeat(10) + "</body></html>";
        DocumentExtractor smallChars = new DocumentExtractor(new ExtractionLimits(10_000, 20, Duration.ofSeconds(10)));
        ExtractedDocument cutHtml = smallChars.extract(bigHtml.getBytes(StandardCharsets.UTF_8), "x.html", null);
        assertThat(cutHtml.text().length()).isLessThanOrEqualTo(20);
        assertThat(cutHtml.notes()).extracting(n -> n.code).containsExactly(DocumentExtractor.NOTE_TEXT_TRUNCATED);
    }

    @Test
    void anExtractionPastTheTimeoutIsAbandoned() throws Exception {
        byte[] docx = TestDocuments.docx("标题", List.of(List.of("规章", "0")), "尾");
        // a zero-millisecond wait: get() gives up before the DOCX parse (tens of ms) can finish
        try (DocumentExtractor hasty = new DocumentExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofNanos(1)))) {
            assertThatThrownBy(() -> hasty.extract(docx, "r.docx", null))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                        assertThat(e.mediaType()).contains("wordprocessingml");
                    });
        }
    }

    @Test
    void aTimedOutExtractionLeavesNoCountedThreadBehind() throws Exception {
        byte[] docx = TestDocuments.docx("标题", List.of(List.of("规章", "0")), "尾");
        try (DocumentExtractor hasty = new DocumentExtractor(
                new ExtractionLimits(1 << 20, 1000, Duration.ofNanos(1), 1, 2))) {
            assertThat(hasty.live()).isTrue();
            assertThatThrownBy(() -> hasty.extract(docx, "r.docx", null)).isInstanceOf(UnreadableDocumentException.class);
            // whether it was cancelled before it ran or interrupted while running, the count comes back to zero
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (hasty.abandoned() > 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(hasty.abandoned()).isZero();
            assertThat(hasty.live()).isTrue();
        }
    }

    @Test
    void aZipBombDocxIsRefusedAsDamagedBeforeItFillsTheHeap() throws Exception {
        // word/document.xml inflates to 80 MB (above the 64 MB cap per entry) from well under 1 MB
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] para = ("<w:p><w:r><w:t>" + "A".repeat(200) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            byte[] chunk = new byte[para.length * 4096];
            for (int i = 0; i < 4096; i++) {
                System.arraycopy(para, 0, chunk, i * para.length, para.length);
            }
            for (long written = 0; written < 80L * 1024 * 1024; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> EXTRACTOR.extract(bytes.toByteArray(), "bomb.docx", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_COMPLEX);
                    assertThat(e.getMessage()).containsIgnoringCase("zip bomb");
                });
    }

    @Test
    void htmlNestedDeeperThanAnyDocumentIsBeyondTheLimits() {
        String page = "<html><body>" + "<div>".repeat(20_000) + "二、主动公开政府信息情况" + "</div>".repeat(20_000) + "</body></html>";
        assertThatThrownBy(() -> EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), "deep.html", "text/html"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_COMPLEX);
                    assertThat(e.getMessage()).contains("safety limits");
                });
    }

    @Test
    void anHtmlInternalSubsetIsNeitherExpandedNorPrinted() {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>某局2023年政府信息公开工作年度报告</p><p>&b;</p></body></html>";
        ExtractedDocument doc = EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), "x.html", null);
        assertThat(doc.text()).startsWith("某局2023年政府信息公开工作年度报告");
        assertThat(doc.text()).doesNotContain("]>").doesNotContain("aaaaaaaaaa");
    }

    @Test
    void evidentTypesAreTakenFromTheFirstBytes() {
        assertThat(DocumentExtractor.evidentType("%PDF-1.7\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/pdf");
        assertThat(DocumentExtractor.evidentType("\uFEFF  <!DOCTYPE HTML>\n<html>".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/html");
        assertThat(DocumentExtractor.evidentType("<html lang=zh>".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/html");
        assertThat(DocumentExtractor.evidentType("<htmlx>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(DocumentExtractor.evidentType("政府信息公开".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(DocumentExtractor.evidentType("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    }

    private static void assertRefused(byte[] bytes, String name, Reason reason) {
        assertThatThrownBy(() -> EXTRACTOR.extract(bytes, name, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    System.out.println("[extract] refused " + name + ": " + e.reason() + " - " + e.getMessage());
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    private static void assertRefusedAny(byte[] bytes, String name) {
        assertThatThrownBy(() -> EXTRACTOR.extract(bytes, name, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e ->
                        System.out.println("[extract] refused " + name + ": " + e.reason() + " - " + e.getMessage()));
    }
}
