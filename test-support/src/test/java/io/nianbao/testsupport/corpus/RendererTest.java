package io.nianbao.testsupport.corpus;

import io.nianbao.contract.ReportRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RendererTest {
    static final boolean FONT = Renderer.CJK_FONT_PATHS.stream().anyMatch(p -> new File(p).isFile());

    /** Back to full-width punctuation, no padding, so that text layouts can be compared with the canonical text. */
    static String full(String s) {
        return s.replace('“', '"').replace('”', '"').replace('(', '（').replace(')', '）').replace(',', '，').replace(':', '：').replace(';', '；')
                .replace('!', '！').replace('?', '？');
    }

    static List<GeneratedReport> reports() {
        ReportGenerator g = new ReportGenerator(99);
        return List.of(g.generate("2021", 2021), g.generate("2021", 2023), g.generate("2019", 2020),
                g.generate("2019", 2019), g.generate("2008", 2016), g.generate("2021", 2024));
    }

    @Test
    void everyLayoutRenders() {
        Renderer renderer = new Renderer(1);
        for (GeneratedReport rep : reports()) {
            for (Layout l : Layout.values()) {
                if (l == Layout.PDF && !FONT) {
                    continue;
                }
                RenderedDocument d = renderer.render(rep, l);
                assertThat(d.bytes()).as(l.name()).isNotEmpty();
                assertThat(d.layout()).isEqualTo(l);
                assertThat(d.mediaType()).isEqualTo(l.mediaType());
                assertThat(d.fileName()).endsWith("." + l.extension()).startsWith(rep.expected().report.title);
                if (l.isPlainText() && l != Layout.TRADITIONAL_DAMAGED) {
                    String text = full(d.utf8()).replace("\u00a0", "");
                    String title = rep.expected().report.title;
                    assertThat(text.replace(" ", "")).as(l.name()).contains(title);
                    for (ReportRecord.Section s : rep.expected().sections) {
                        assertThat(text).as(l + " section heading").contains(s.title);
                    }
                }
            }
        }
    }

    @Test
    void deterministic() {
        GeneratedReport rep = reports().get(0);
        for (Layout l : List.of(Layout.TXT_TABBED, Layout.MARKDOWN_PIPES, Layout.HTML_GBK, Layout.TRADITIONAL_DAMAGED)) {
            assertThat(new Renderer(5).render(rep, l).bytes()).isEqualTo(new Renderer(5).render(rep, l).bytes());
        }
    }

    @Test
    void labelledTextHoldsTheCanonicalTextUpToPunctuation() {
        for (GeneratedReport rep : reports()) {
            for (long seed = 0; seed < 5; seed++) {
                String t = new Renderer(seed).render(rep, Layout.TXT_LABELLED_CELL_PER_LINE).utf8();
                String norm = full(t).replace("\u00a0", "").lines().map(String::strip).filter(x -> !x.isEmpty())
                        .collect(Collectors.joining("\n"));
                // a blank cell (null) is an empty line of the canonical text
                String canonical = full(rep.text()).lines().filter(x -> !x.isEmpty()).collect(Collectors.joining("\n"));
                assertThat(norm).isEqualTo(canonical);
            }
        }
    }

    @Test
    void unlabelledGridLosesOutcomeLabelsButKeepsNumbers() {
        GeneratedReport rep = reports().get(0);
        String t = new Renderer(2).render(rep, Layout.TXT_UNLABELLED_GRID).utf8();
        assertThat(full(t)).doesNotContain("1.属于国家秘密").doesNotContain("（七）总计").contains("三、本年度办理结果")
                .contains("四、结转下年度继续办理");
        long numbers = t.lines().map(String::strip).filter(x -> x.matches("\\d+")).count();
        long printed = rep.expected().applications.values().stream().flatMap(List::stream).filter(v -> v != null).count();
        assertThat(numbers).isGreaterThanOrEqualTo(printed);
    }

    @Test
    void flattenedRunsRowsTogether() {
        GeneratedReport rep = reports().get(1);
        String t = new Renderer(3).render(rep, Layout.TXT_FLATTENED).utf8();
        for (List<BigDecimal> row : rep.expected().applications.values()) {
            String digits = row.stream().map(BigDecimal::toPlainString).collect(Collectors.joining());
            assertThat(t).contains(digits);
        }
    }

    @Test
    void tabbedAndMarkdownLookLikeTheSamples() {
        GeneratedReport rep = reports().get(2);
        String tab = new Renderer(4).render(rep, Layout.TXT_TABBED).utf8();
        assertThat(tab).contains("\t规范性文件").contains("\t政府集中采购").contains("\t");
        String md = new Renderer(4).render(rep, Layout.MARKDOWN_PIPES).utf8();
        assertThat(md).contains("|---|");
        // section 三 is split into two pipe tables
        int s3 = md.indexOf("收到和处理政府信息公开申请情况");
        int s4 = md.indexOf("行政诉讼情况", s3);
        String sec3 = md.substring(s3, s4 > s3 ? s4 : md.length());
        assertThat(sec3.lines().filter(l -> l.startsWith("|---")).count()).isEqualTo(2);
    }

    @Test
    void htmlHasRealTablesAndChrome() {
        GeneratedReport rep = reports().get(0);
        String html = new Renderer(1).render(rep, Layout.HTML_TABLE).utf8();
        assertThat(html).contains("<table").contains("rowspan=\"").contains("colspan=\"")
                .contains("扫一扫在手机打开当前页").contains("【字体").contains("打印");
        assertThat(html).containsPattern("发布(时间|日期)|来源");
    }

    @Test
    void gbkPageDecodesToTheSameHtml() {
        Charset gbk = Charset.forName("GBK");
        for (GeneratedReport rep : reports()) {
            Renderer r = new Renderer(8);
            String utf = r.render(rep, Layout.HTML_TABLE).utf8();
            RenderedDocument g = r.render(rep, Layout.HTML_GBK);
            String decoded = g.decode(gbk);
            assertThat(stripMeta(decoded)).isEqualTo(stripMeta(utf));
            assertThat(g.bytes()).isNotEqualTo(utf.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static String stripMeta(String html) {
        return html.replaceAll("<meta[^>]*charset[^>]*>\\n", "");
    }

    @Test
    void gbkPagesComeWithAndWithoutMeta() {
        ReportGenerator g = new ReportGenerator(12);
        Renderer r = new Renderer(8);
        int with = 0;
        int without = 0;
        for (int i = 0; i < 30; i++) {
            String s = r.render(g.generate(), Layout.HTML_GBK).decode(Charset.forName("GBK"));
            if (s.contains("charset=")) {
                with++;
            } else {
                without++;
            }
        }
        assertThat(with).isPositive();
        assertThat(without).isPositive();
    }

    @Test
    void docxOpensWithPoiAndHoldsTheNumbers() throws Exception {
        for (GeneratedReport rep : reports()) {
            byte[] bytes = new Renderer(2).render(rep, Layout.DOCX_TABLE).bytes();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                if (rep.template().equals("2008")) {
                    assertThat(doc.getTables()).isEmpty();
                    continue;
                }
                assertThat(doc.getTables()).hasSize(3);
                XWPFTable apps = doc.getTables().get(1);
                assertThat(apps.getNumberOfRows()).isEqualTo(3 + rep.expected().applications.size());
                List<BigDecimal> newReceived = rep.expected().applications.get("newReceived");
                var row = apps.getRow(3);
                List<String> cells = row.getTableCells().stream().map(c -> c.getText().strip()).toList();
                assertThat(cells.get(0)).contains("本年新收");
                assertThat(cells.subList(1, 8)).containsExactlyElementsOf(
                        newReceived.stream().map(v -> v == null ? "" : v.toPlainString()).toList());
                String all = full(apps.getText());
                for (List<BigDecimal> r : rep.expected().applications.values()) {
                    assertThat(all).contains(String.valueOf(r.get(6)));
                }
                XWPFTable review = doc.getTables().get(2);
                assertThat(review.getRow(3).getTableCells()).hasSize(15);
            }
        }
    }

    @Test
    void pdfNeedsAFontAndHoldsTheText() throws Exception {
        GeneratedReport rep = reports().get(0);
        if (!FONT) {
            assertThatThrownBy(() -> new Renderer(1).render(rep, Layout.PDF))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("fonts-wqy-microhei");
            return;
        }
        byte[] pdf = new Renderer(1).render(rep, Layout.PDF).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(full(text).replace(" ", "")).contains(rep.expected().report.title)
                    .contains("本年新收政府信息公开申请数量");
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void traditionalDamagedLooksLikeSample003() {
        GeneratedReport rep = reports().get(4);
        String t = new Renderer(1).render(rep, Layout.TRADITIONAL_DAMAGED).utf8();
        assertThat(t).contains("??").containsPattern("[號關機發](\\((hào|guān|jī|fā)\\))");
        assertThat(t).contains("政府信息公開");
        long longLines = t.lines().filter(l -> l.length() > 300).count();
        assertThat(longLines).isEqualTo(1);
    }
}
