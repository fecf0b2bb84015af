package io.nianbao.testsupport.corpus;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The layouts and irregularities modelled on real documents (../shared/corpus), checked on what they render. */
class RealFormsTest {

    static List<GeneratedReport> tabled(long seed, int n) {
        ReportGenerator g = new ReportGenerator(seed);
        List<GeneratedReport> out = new ArrayList<>();
        while (out.size() < n) {
            GeneratedReport r = g.generate();
            if (!r.template().equals(TemplateKeys.T2008)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Section 三 of a rendered text: from its heading to section 四's heading. */
    static String section3(GeneratedReport rep, String text) {
        ReportRecord.Section s3 = rep.expected().sections.stream().filter(s -> s.number == 3).findFirst().orElseThrow();
        ReportRecord.Section s4 = rep.expected().sections.stream().filter(s -> s.number == 4).findFirst().orElseThrow();
        int from = text.indexOf(s3.title);
        int to = text.indexOf(s4.title, from);
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        String s = text.substring(from, to);
        return s.substring(0, s.lastIndexOf("四")).stripTrailing();
    }

    static String printed(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    @Test
    void crawledPageRunsSectionThreeIntoOneLineWithGluedNumbering() {
        Renderer renderer = new Renderer(11);
        int glued = 0;
        int typos = 0;
        int spacedReview = 0;
        for (GeneratedReport rep : tabled(5, 40)) {
            String t = renderer.render(rep, Layout.CRAWLED_ONE_LINE).utf8();
            assertThat(t).startsWith(t.startsWith("标题: ") ? "标题: " + rep.expected().report.title : "索 引 号: ");
            assertThat(t).contains(rep.expected().report.publishedOn);
            String body = t.contains("==== 正文 ====") ? t.substring(t.indexOf("==== 正文 ====")) : t.substring(t.indexOf("\n\n\n"));
            assertThat(body.strip().lines().count()).as("body lines").isBetween(1L, 4L);
            String s3 = section3(rep, t);
            assertThat(s3).as("no line break inside section 三").doesNotContain("\n");
            // every row's cells, in order, as one digit run once spaces are dropped (blank cells leave nothing)
            String compact = s3.replace(" ", "");
            int at = 0;
            for (Map.Entry<String, List<BigDecimal>> e : rep.expected().applications.entrySet()) {
                String digits = e.getValue().stream().map(RealFormsTest::printed).reduce("", String::concat);
                int i = compact.indexOf(digits, at);
                assertThat(i).as("%s row %s digits %s", rep, e.getKey(), digits).isGreaterThanOrEqualTo(0);
                at = i + digits.length();
            }
            if (Pattern.compile("\\d2\\.(其他)?法律行政").matcher(s3).find()) {
                glued++;
            }
            if (t.contains("其他法律行政止公开") || t.contains("1.国家秘密") || t.contains("危及三安全一稳定")) {
                typos++;
            }
            if (t.matches("(?s).* 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 .*|(?s).*( \\d+){15} .*")) {
                spacedReview++;
            }
        }
        assertThat(glued).as("documents whose 2. numbering is glued to the previous row's digits").isGreaterThan(10);
        assertThat(typos).as("documents with a real label variant").isBetween(3, 30);
        assertThat(spacedReview).as("section 四 as 15 spaced numbers").isBetween(5, 35);
    }

    @Test
    void crawledPagePrintsSignedChangesAndUnits() {
        Renderer renderer = new Renderer(2);
        boolean negative = false;
        boolean yuan = false;
        for (GeneratedReport rep : tabled(9, 60)) {
            if (!rep.template().equals(TemplateKeys.T2019)) {
                continue;
            }
            String t = renderer.render(rep, Layout.CRAWLED_ONE_LINE).utf8();
            for (Map<String, BigDecimal> row : rep.expected().activeDisclosure.values()) {
                BigDecimal change = row.get("change");
                if (change != null && change.signum() < 0) {
                    assertThat(rep.irregularities()).contains(Irregularity.SIGNED_CHANGE);
                    assertThat(t).contains(change.toPlainString());
                    negative = true;
                }
            }
            BigDecimal amount = rep.expected().activeDisclosure.get("procurement").get("totalAmount");
            yuan |= t.contains("政府集中采购" + printed(rep.expected().activeDisclosure.get("procurement").get("projects"))
                    + amount.toPlainString() + "元");
        }
        assertThat(negative).isTrue();
        assertThat(yuan).isTrue();
    }

    @Test
    void pdfTextDetachesLabelsBreaksWordsAndCutsTheTable() {
        Renderer renderer = new Renderer(4);
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (GeneratedReport rep : tabled(6, 30)) {
            String t = renderer.render(rep, Layout.PDF_TEXT_DETACHED).utf8();
            String s3 = section3(rep, t);
            List<String> lines = s3.lines().toList();
            boolean layout = lines.stream().anyMatch(l -> l.matches(".*\\d+ {3,}\\d+.*"));
            seen.merge(layout ? "layout" : "reading order", 1, Integer::sum);
            assertThat(lines).as("header word broken over two lines").anySatisfy(l -> assertThat(l.strip()).startsWith("商业企"));
            assertThat(s3).doesNotContain("商业企业");
            if (!layout) {
                // labels on lines of their own, numbers one per line, 三、本年度办理结果 one character per line
                for (String l : lines) {
                    if (l.matches(".*\\d.*") && !l.strip().matches("-\\d+-")) {
                        assertThat(l).as("a number line holds nothing else").matches("\\d+|.*[\\u4e00-\\u9fff（）].*");
                    }
                }
                assertThat(String.join("|", lines)).contains("|本|年|度|办|理|结|果|");
            } else {
                assertThat(String.join("|", lines)).containsPattern("\\|本 +\\S");
            }
            if (s3.lines().anyMatch(l -> l.strip().matches("-\\d+-"))) {
                seen.merge("page break inside section 三", 1, Integer::sum);
                if (s3.indexOf("申请人情况") != s3.lastIndexOf("申请人情况")) {
                    seen.merge("header repeated after the break", 1, Integer::sum);
                }
            }
            if (s3.contains("予公开") && !s3.contains("（三）不予公开")) {
                seen.merge("group heading broken", 1, Integer::sum);
            }
        }
        System.out.println("[real-forms] PDF_TEXT_DETACHED " + seen);
        assertThat(seen).containsKeys("layout", "reading order", "page break inside section 三",
                "header repeated after the break", "group heading broken");
    }

    @Test
    void markdownFromPdfCutsSectionThreeIntoSeveralTablesWithEmptyColumns() {
        Renderer renderer = new Renderer(6);
        int split = 0;
        int repeated = 0;
        for (GeneratedReport rep : tabled(13, 30)) {
            String s3 = section3(rep, renderer.render(rep, Layout.MARKDOWN_FROM_PDF).utf8());
            long tables = s3.lines().filter(l -> l.startsWith("| --- |")).count();
            assertThat(tables).as("section 三 cut at page breaks").isBetween(2L, 4L);
            assertThat(s3).containsPattern("\\n- \\d+ -\\n");
            repeated += s3.indexOf("申请人情况") != s3.lastIndexOf("申请人情况") ? 1 : 0;
            // every row: an (often empty) group column, the label, the seven cells as printed (blank = empty)
            for (Map.Entry<String, List<BigDecimal>> e : rep.expected().applications.entrySet()) {
                String cells = e.getValue().stream().map(v -> " " + printed(v) + " |").reduce("", String::concat);
                assertThat(s3).as("%s %s", rep, e.getKey()).contains(cells);
            }
            if (s3.lines().anyMatch(l -> l.matches("\\|  \\| [^|]+ \\|(  \\|)+"))) {
                split++;
            }
        }
        assertThat(split).as("documents with a row label split over two table rows").isPositive();
        assertThat(repeated).as("documents repeating the header after a page break").isBetween(1, 29);
    }

    @Test
    void wordExportKeepsBlankCellsBlank() {
        Renderer renderer = new Renderer(8);
        int blankDocs = 0;
        for (GeneratedReport rep : tabled(12, 60)) {
            String html = renderer.render(rep, Layout.HTML_WORD_EXPORT).utf8();
            assertThat(html).contains("<strong>标题：</strong>" + rep.expected().report.title).contains("<strong>采集时间：</strong>");
            if (rep.irregularities().contains(Irregularity.BLANK_LEGAL_PERSON_COLUMNS)) {
                blankDocs++;
                assertThat(html.contains("<o:p> </o:p>") || html.contains("&nbsp;")).isTrue();
            }
        }
        assertThat(blankDocs).isPositive();
    }

    @Test
    void defaultCorpusCarriesRealIrregularitiesButNoInconsistency() {
        Map<Irregularity, Integer> counts = new EnumMap<>(Irregularity.class);
        for (GeneratedReport rep : tabled(21, 200)) {
            rep.irregularities().forEach(i -> counts.merge(i, 1, Integer::sum));
            assertThat(rep.expectedFindings()).as("%s %s", rep, rep.irregularities()).isEmpty();
        }
        System.out.println("[real-forms] irregularities in 200 default reports: " + counts);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Irregularity.BLANK_LEGAL_PERSON_COLUMNS,
                Irregularity.MIXED_GENERATION_OTHER_HANDLING, Irregularity.SIGNED_CHANGE);
        assertThat(new ReportGenerator(21).clean().generate(50)).allSatisfy(r -> assertThat(r.irregularities()).isEmpty());
    }

    @Test
    void mixedGenerationPrintsOneOtherHandlingRow() {
        Renderer renderer = new Renderer(3);
        int n = 0;
        for (GeneratedReport rep : tabled(30, 120)) {
            if (!rep.irregularities().contains(Irregularity.MIXED_GENERATION_OTHER_HANDLING)) {
                continue;
            }
            n++;
            assertThat(rep.template()).isEqualTo(TemplateKeys.T2021);
            assertThat(rep.expected().applications).containsKey("otherHandling").doesNotContainKeys("otherNoCorrection", "otherOther");
            String s3 = RendererTest.full(section3(rep, RendererTest.full(renderer.render(rep, Layout.TXT_LABELLED_CELL_PER_LINE).utf8())));
            assertThat(s3).contains("（六）其他处理").doesNotContain("3.其他").doesNotContain("逾期不补正");
        }
        assertThat(n).isPositive();
    }

    @Test
    void anInconsistentReportKeepsWhatIsPrinted() {
        Renderer renderer = new Renderer(1);
        Map<Irregularity, Integer> kinds = new EnumMap<>(Irregularity.class);
        for (GeneratedReport rep : tabled(77, 40)) {
            ReportRecord r = rep.expected();
            Map<String, List<BigDecimal>> a = r.applications;
            String crawled = renderer.render(rep, Layout.CRAWLED_ONE_LINE).utf8();
            Set<Irregularity> irr = rep.irregularities();
            if (irr.contains(Irregularity.TOTAL_ROW_PRINTED_ZERO)) {
                kinds.merge(Irregularity.TOTAL_ROW_PRINTED_ZERO, 1, Integer::sum);
                assertThat(a.get("total")).allSatisfy(v -> assertThat(v == null || v.signum() == 0).isTrue());
                assertThat(a.get("granted").get(6) != null || a.get("unavailableNotHeld").get(6) != null).isTrue();
                assertThat(rep.expectedFindings()).contains("APP_TOTAL_ROW", "APP_BALANCE");
                String totalRow = a.get("total").stream().map(RealFormsTest::printed).reduce("", String::concat);
                assertThat(crawled.replace(" ", "")).contains("（七）总计" + totalRow + "四、");
            }
            if (irr.contains(Irregularity.BLANK_TOTAL_COLUMN)) {
                kinds.merge(Irregularity.BLANK_TOTAL_COLUMN, 1, Integer::sum);
                assertThat(a.values()).allSatisfy(row -> assertThat(row.get(6)).isNull());
                if (a.get("newReceived").get(0) != null && a.get("newReceived").get(0).signum() > 0) {
                    assertThat(rep.expectedFindings()).contains("APP_TOTAL_COLUMN");
                }
            }
            if (irr.contains(Irregularity.OUTCOME_EXCEEDS_TOTAL)) {
                kinds.merge(Irregularity.OUTCOME_EXCEEDS_TOTAL, 1, Integer::sum);
                assertThat(rep.expectedFindings()).contains("APP_TOTAL_ROW");
            }
            if (irr.stream().noneMatch(Irregularity::inconsistent)) {
                assertThat(rep.expectedFindings()).isEmpty();
            }
        }
        assertThat(kinds).isEmpty();
        for (GeneratedReport rep : inconsistent(77, 60)) {
            Set<Irregularity> irr = rep.irregularities();
            assertThat(irr.stream().filter(Irregularity::inconsistent).count()).as("%s", rep).isEqualTo(1);
            Irregularity k = irr.stream().filter(Irregularity::inconsistent).findFirst().orElseThrow();
            kinds.merge(k, 1, Integer::sum);
            Map<String, List<BigDecimal>> a = rep.expected().applications;
            switch (k) {
                case TOTAL_ROW_PRINTED_ZERO -> {
                    assertThat(a.get("total")).allSatisfy(v -> assertThat(v == null || v.signum() == 0).isTrue());
                    assertThat(rep.expectedFindings()).contains("APP_TOTAL_ROW", "APP_BALANCE");
                    String totalRow = a.get("total").stream().map(RealFormsTest::printed).reduce("", String::concat);
                    assertThat(new Renderer(1).render(rep, Layout.CRAWLED_ONE_LINE).utf8().replace(" ", ""))
                            .as("the printed zeros are in the document").contains("（七）总计" + totalRow + "四、");
                }
                case BLANK_TOTAL_COLUMN -> {
                    assertThat(a.values()).allSatisfy(row -> assertThat(row.get(6)).isNull());
                    assertThat(rep.expectedFindings()).contains("APP_TOTAL_COLUMN");
                }
                case OUTCOME_EXCEEDS_TOTAL -> {
                    assertThat(rep.expectedFindings()).contains("APP_TOTAL_ROW");
                    long outcomes = io.nianbao.template.Rows.outcomesOf(ReportTables.applicationRowKeys(rep.template(), a))
                            .stream().mapToLong(o -> Objects.requireNonNullElse(a.get(o).get(0), BigDecimal.ZERO).longValue()).sum();
                    assertThat(outcomes).isGreaterThan(a.get("total").get(0).longValue());
                    assertThat(a.get("total").get(0)).isNotNull();
                }
                default -> throw new AssertionError(k);
            }
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Irregularity.TOTAL_ROW_PRINTED_ZERO,
                Irregularity.BLANK_TOTAL_COLUMN, Irregularity.OUTCOME_EXCEEDS_TOTAL);
    }

    static List<GeneratedReport> inconsistent(long seed, int n) {
        ReportGenerator g = new ReportGenerator(seed).withPublishedInconsistencies(1.0);
        List<GeneratedReport> out = new ArrayList<>();
        while (out.size() < n) {
            GeneratedReport r = g.generate();
            if (!r.template().equals(TemplateKeys.T2008) && r.expected().applications.get("newReceived").get(0) != null
                    && r.expected().applications.get("newReceived").get(0).signum() > 0) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void newLayoutsAreDeterministic() {
        GeneratedReport rep = tabled(3, 1).get(0);
        for (Layout l : List.of(Layout.CRAWLED_ONE_LINE, Layout.PDF_TEXT_DETACHED, Layout.HTML_WORD_EXPORT,
                Layout.MARKDOWN_FROM_PDF)) {
            assertThat(new Renderer(5).render(rep, l).bytes()).isEqualTo(new Renderer(5).render(rep, l).bytes());
        }
        assertThat(new ReportGenerator(8).generate(5).toString()).isEqualTo(new ReportGenerator(8).generate(5).toString());
    }
}
