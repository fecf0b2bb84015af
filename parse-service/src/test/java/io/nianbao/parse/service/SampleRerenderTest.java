package io.nianbao.parse.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.parse.Samples;
import io.nianbao.parse.TruthComparison;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.testsupport.corpus.Doc;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.Layout;
import io.nianbao.testsupport.corpus.Place;
import io.nianbao.testsupport.corpus.RenderedDocument;
import io.nianbao.testsupport.corpus.Renderer;
import io.nianbao.testsupport.corpus.ReportTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five real samples re-rendered into the other forms reports arrive in, each parsed through
 * {@link ParseService} (bytes -> Tika -> {@link ReportParser}, the production path) and compared with the
 * sample's truth JSON field by field ({@link TruthComparison}, the comparison of SampleTruthTest).
 *
 * <p>What a re-rendered document holds: the sample's own text as the parser reads it (the parsed sample
 * record's text before section 一 and its {@code sections}, one paragraph per line, headings rebuilt from
 * the section number and title, Markdown/pipe residue of the source stripped), and, for the 2019/2021
 * samples, the three tables of sections 二, 三, 四 built from the TRUTH values ({@link ReportTables}, row
 * labels of REPORT_FORMAT.md) in place of the sample's own table text. Sample 003 (2008 era) has no tables:
 * its text only. Rendering uses test-support's {@link Renderer} (HTML page with real tables, the same page
 * in GBK with and without a meta charset, DOCX with real merged tables, PDF, and the TXT page whose
 * section 三 rows are flattened digits).
 */
class SampleRerenderTest {
    static final long SEED = 20261122L;
    static final ParseService SERVICE = new ParseService(new DocumentExtractor(), new ReportParser(), new SimpleMeterRegistry());
    static final ReportParser PARSER = new ReportParser();
    static final Renderer RENDERER = new Renderer(SEED);
    static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * Truth fields a re-rendered document cannot carry, with the reason. Each is left out of the count
     * (not compared) for every form. Empty: every report.* and narrative.* field of the truth, and every
     * table cell, is carried by the title/metadata lines, the section text and the tables.
     */
    static final Map<String, String> NOT_CARRIED = Map.of();

    enum Form {
        HTML_TABLE, HTML_GBK_META_GBK, HTML_GBK_META_GB2312, HTML_GBK_NO_META, DOCX_TABLE, PDF, TXT_FLATTENED
    }

    static final Map<String, String> SUMMARY = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Path sample : Samples.files()) {
            for (Form f : Form.values()) {
                out.add(Arguments.of(sample.getFileName().toString(), f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyTruthFieldSurvivesTheRerendering(String sampleName, Form form) throws Exception {
        Path sample = Samples.dir().resolve(sampleName);
        JsonNode truth = Samples.truth(sample);
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        ReportRecord parsedSample = PARSER.parse(text);
        GeneratedReport report = rerendered(sampleName, truth, parsedSample);
        RenderedDocument doc = render(report, form);
        checkTheFormIsWhatItClaims(form, doc, truth);

        ReportRecord actual = SERVICE.parse(doc.bytes(), SourceInfo.of(doc.fileName(), doc.mediaType()));
        TruthComparison.Result result = TruthComparison.compare(truth, actual, NOT_CARRIED.keySet());
        String line = String.format("SampleRerenderTest %s %-20s %d/%d fields match%s", sampleName, form,
                result.matched(), result.total(), result.allMatch() ? "" : " MISMATCHES " + result.mismatches());
        System.out.println(line);
        SUMMARY.put(sampleName + " " + form, line);
        assertThat(result.total()).as("fields compared").isGreaterThanOrEqualTo(leafCount(truth));
        assertThat(result.mismatches()).as(sampleName + " as " + form).isEmpty();
        assertThat(result.matched()).isEqualTo(result.total());
    }

    /**
     * Negative control: the comparison sees a table cell the document gets wrong. Sample 002's HTML page
     * rendered with one cell changed (行政许可 decisions 123 -> 124) must fail exactly on that cell.
     */
    @org.junit.jupiter.api.Test
    void aWrongCellInTheDocumentIsCaught() throws Exception {
        Path sample = Samples.dir().resolve("002_a8c5ccbb08d3ebcc.txt");
        JsonNode truth = Samples.truth(sample);
        JsonNode altered = truth.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("activeDisclosure").get("licensing")).put("decisions", 124);
        ReportRecord parsedSample = PARSER.parse(Files.readString(sample, StandardCharsets.UTF_8));
        RenderedDocument doc = render(rerendered(sample.getFileName().toString(), altered, parsedSample), Form.HTML_TABLE);
        ReportRecord actual = SERVICE.parse(doc.bytes(), SourceInfo.of(doc.fileName(), doc.mediaType()));
        TruthComparison.Result result = TruthComparison.compare(truth, actual, NOT_CARRIED.keySet());
        assertThat(result.mismatches()).containsExactly("activeDisclosure.licensing.decisions: expected 123 got 124");
        assertThat(result.matched()).isEqualTo(result.total() - 1);
    }

    @AfterAll
    static void summary() {
        SUMMARY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.println(e.getValue()));
    }

    /** The number of report/narrative fields and table cells of a truth file (what must at least be compared). */
    static int leafCount(JsonNode truth) {
        int n = 0;
        for (String obj : List.of("report", "narrative")) {
            if (truth.has(obj)) {
                for (Iterator<String> it = truth.get(obj).fieldNames(); it.hasNext(); ) {
                    if (!NOT_CARRIED.containsKey(obj + "." + it.next())) {
                        n++;
                    }
                }
            }
        }
        for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
            if (truth.has(table)) {
                for (JsonNode row : truth.get(table)) {
                    n += row.size();
                }
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ rendering

    static RenderedDocument render(GeneratedReport report, Form form) {
        return switch (form) {
            case HTML_TABLE -> RENDERER.render(report, Layout.HTML_TABLE);
            case HTML_GBK_META_GBK -> RENDERER.renderHtmlGbk(report, "gbk");
            case HTML_GBK_META_GB2312 -> RENDERER.renderHtmlGbk(report, "gb2312");
            case HTML_GBK_NO_META -> RENDERER.renderHtmlGbk(report, null);
            case DOCX_TABLE -> RENDERER.render(report, Layout.DOCX_TABLE);
            case PDF -> RENDERER.render(report, Layout.PDF);
            case TXT_FLATTENED -> RENDERER.render(report, Layout.TXT_FLATTENED);
        };
    }

    /** Guards against a rendering that silently is not the form under test. */
    static void checkTheFormIsWhatItClaims(Form form, RenderedDocument doc, JsonNode truth) throws Exception {
        boolean tables = truth.has("applications");
        switch (form) {
            case HTML_TABLE -> {
                assertThat(doc.utf8()).containsPattern("charset=\"?utf-8");
                assertThat(doc.utf8().contains("<table border")).isEqualTo(tables);
            }
            case HTML_GBK_META_GBK, HTML_GBK_META_GB2312, HTML_GBK_NO_META -> {
                String page = doc.decode(Charset.forName("GBK"));
                assertThat(page.contains("<table border")).isEqualTo(tables);
                assertThat(isUtf8(doc.bytes())).as("GBK bytes are not valid UTF-8").isFalse();
                assertThat(page.contains("charset=")).isEqualTo(form != Form.HTML_GBK_NO_META);
            }
            case DOCX_TABLE -> assertThat(new String(doc.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            case PDF -> assertThat(new String(doc.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            case TXT_FLATTENED -> {
                if (tables) {
                    JsonNode row = truth.get("applications").get("newReceived");
                    StringBuilder digits = new StringBuilder();
                    row.forEach(v -> digits.append(v.asText()));
                    assertThat(doc.utf8()).contains(digits.toString());
                }
            }
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ the document model of a sample

    /**
     * The sample as a {@link GeneratedReport} the renderers draw: blocks from the parsed sample's text, tables
     * from the truth; the record carries what the renderers write into chrome and file names (title, agency,
     * year; the year and template are the truth's, as the renderers only use them in file names) plus the truth tables.
     */
    static GeneratedReport rerendered(String sampleName, JsonNode truth, ReportRecord parsed) {
        JsonNode tr = truth.get("report");
        String template = tr.get("template").asText();
        ReportRecord rec = new ReportRecord();
        rec.report = new ReportRecord.Report();
        // 003 has no title line: the page title is then the (information-free) file name, not an invented title
        rec.report.title = parsed.report.title != null ? parsed.report.title : sampleName.replaceAll("\\.txt$", "");
        // the agency the portal chrome names (来源, 发布机构) is what the sample itself says, not the truth
        rec.report.agency = parsed.report.agency != null ? parsed.report.agency : "";
        rec.report.reportYear = tr.get("reportYear").asInt();
        rec.report.template = template;
        rec.activeDisclosure = objectTable(truth.get("activeDisclosure"));
        rec.applications = arrayTable(truth.get("applications"));
        rec.reviewLitigation = objectTable(truth.get("reviewLitigation"));
        Map<Integer, Table> tables = ReportTables.of(rec);

        List<Block> blocks = new ArrayList<>();
        int firstSection = parsed.sections.isEmpty() ? parsed.text.length() : parsed.sections.get(0).start;
        boolean titled = false;
        for (String line : lines(parsed.text.substring(0, firstSection))) {
            if (!titled && line.equals(parsed.report.title)) {
                blocks.add(new Title(line));
                titled = true;
            } else {
                blocks.add(new Para(line, List.of(), null, line.matches(".*(发布时间|发布日期).*")));
            }
        }
        for (ReportRecord.Section s : parsed.sections) {
            blocks.add(new Heading(1, CN[s.number - 1] + "、" + s.title, s.number));
            Table t = tables.get(s.number);
            if (t != null) {
                // sections 二-四 of the 2019/2021 samples are only their table: the truth's table replaces it
                blocks.add(t);
                continue;
            }
            List<String> body = lines(s.text);
            for (String line : body.subList(1, body.size())) {
                blocks.add(new Para(line, List.of(), s.number, false));
            }
        }
        int lastEnd = parsed.sections.isEmpty() ? parsed.text.length() : parsed.sections.get(parsed.sections.size() - 1).end;
        for (String line : lines(parsed.text.substring(lastEnd))) {
            blocks.add(new Para(line, List.of(), null, false));
        }
        assertThat(tables.keySet()).as("a table for each of sections 二-四 when the template has tables")
                .isEqualTo(TemplateKeys.T2008.equals(template) ? Set.of() : Set.of(2, 3, 4));
        assertThat(blocks.stream().filter(b -> b instanceof Table).count()).isEqualTo(tables.size());
        Place place = place(tr.get("regionCode").asText(), tr.get("agencyCanonical").asText());
        return GeneratedReport.of(rec, Doc.of(blocks), place, sampleName.hashCode());
    }

    /** Non-empty lines, with the Markdown / pipe-table residue of the source (##, **, |) removed. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            String s = l.replaceFirst("^\\s*#+\\s*", "").replace("**", "").replace('|', ' ')
                    .replaceAll("[ \\t\\u00a0\\u3000]+", " ").trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The portal the page is published on: the county of the truth's region code, or the city for a city-level agency. */
    static Place place(String regionCode, String agencyCanonical) {
        for (Place p : Place.ALL) {
            if (p.code().equals(regionCode)) {
                return p;
            }
        }
        String city = agencyCanonical.substring(0, agencyCanonical.indexOf('市') + 1);
        return new Place("", city, city, regionCode);
    }

    static Map<String, Map<String, BigDecimal>> objectTable(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        node.properties().forEach(row -> {
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            row.getValue().properties().forEach(c -> cells.put(c.getKey(), number(c.getValue())));
            out.put(row.getKey(), cells);
        });
        return out;
    }

    static Map<String, List<BigDecimal>> arrayTable(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        node.properties().forEach(row -> {
            List<BigDecimal> cells = new ArrayList<>();
            row.getValue().forEach(c -> cells.add(number(c)));
            out.put(row.getKey(), cells);
        });
        return out;
    }

    static BigDecimal number(JsonNode v) {
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }
}
