package io.nianbao.store.it;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Validated records made from the real sample reports of {@code data/samples}: the document's own bytes (its
 * SHA-256 is the documentId, its text the record's text), the tables, report fields and stated figures of its
 * truth file (what a correct reading gives), sections cut at the template's six headings. No validate-service
 * finding is invented: the findings a page shows are the store's own history rules on these records.
 */
public final class SampleRecords {
    /** data/samples, from the module directory (where surefire runs) or from the repository root. */
    public static final Path DIR = Stream.of(Path.of("../data/samples"), Path.of("data/samples"))
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../data/samples"));

    /** A section heading of the template: 一、总体情况 … 六、其他需要报告的事项 (as the 2019/2021 templates title them). */
    static final Pattern HEADING = Pattern.compile("(?m)^[ \\t\\u3000]*([一二三四五六])、[ \\t]*"
            + "(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)");
    static final String NUMERALS = "一二三四五六";

    private SampleRecords() {
    }

    /** The sample files (NNN_hash.txt) in name order. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIR.toAbsolutePath(), e);
        }
    }

    public static Path truthOf(Path file) {
        return file.resolveSibling("truth").resolve(file.getFileName().toString().replace(".txt", ".json"));
    }

    /** The validated record of one sample: truth tables and report fields, the document's text and id. */
    public static ReportRecord record(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            ReportRecord r = Json.read(Files.readString(truthOf(file)), ReportRecord.class);
            r.documentId = DocumentIds.of(bytes);
            r.source = new ReportRecord.Source();
            r.source.fileName = file.getFileName().toString();
            r.source.mediaType = "text/plain";
            r.source.sizeBytes = (long) bytes.length;
            r.source.receivedAt = "2026-12-01T08:00:00Z";
            r.source.channel = "inbox";
            r.report.title = title(text, r);
            r.report.agencyKind = "department";
            r.text = text;
            r.sections = sections(text);
            r.parserVersion = TestRecords.PARSER_1;
            r.ruleSetVersion = TestRecords.RULES_1;
            r.findings = new ArrayList<>();
            r.summary = new ReportRecord.Summary();
            r.summary.status = "clean";
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + file, e);
        }
    }

    /** The first line naming the report (…年度报告), else agency + year. */
    static String title(String text, ReportRecord r) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.endsWith("年度报告") && t.length() <= 80) {
                return t;
            }
        }
        return r.report.agencyCanonical + r.report.reportYear + "年政府信息公开工作年度报告";
    }

    /** Sections 一 … 六 in order: each from its heading to the next heading of a higher number. */
    static List<ReportRecord.Section> sections(String text) {
        List<int[]> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        int expected = 1;
        while (m.find()) {
            int n = NUMERALS.indexOf(m.group(1)) + 1;
            if (n >= expected) {
                starts.add(new int[] {n, m.start(1)});
                titles.add(m.group(2));
                expected = n + 1;
            }
        }
        List<ReportRecord.Section> out = new ArrayList<>();
        if (!starts.isEmpty() && starts.get(0)[0] == 2 && !text.substring(0, starts.get(0)[1]).isBlank()) {
            // no 一、总体情况 heading: the text before 二 is the overview (as in sample 001)
            out.add(new ReportRecord.Section(1, "总体情况", text.substring(0, starts.get(0)[1]), 0, starts.get(0)[1]));
        }
        for (int i = 0; i < starts.size(); i++) {
            int a = starts.get(i)[1];
            int b = i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length();
            out.add(new ReportRecord.Section(starts.get(i)[0], titles.get(i), text.substring(a, b), a, b));
        }
        return out;
    }

    /** A copy of {@code r} (deep, through JSON). */
    public static ReportRecord copy(ReportRecord r) {
        return Json.read(Json.toString(r), ReportRecord.class);
    }

    /** The total column (index 6) of a section 三 row. */
    public static BigDecimal total(ReportRecord r, String row) {
        return r.applications.get(row).get(6);
    }

    /** A new document: its text changed by {@code edit}, the documentId of its new bytes, sections cut again. */
    public static ReportRecord edited(ReportRecord r, String fileName, java.util.function.UnaryOperator<String> edit) {
        ReportRecord c = copy(r);
        c.text = edit.apply(r.text);
        byte[] bytes = c.text.getBytes(StandardCharsets.UTF_8);
        c.documentId = DocumentIds.of(bytes);
        c.source.fileName = fileName;
        c.source.sizeBytes = (long) bytes.length;
        c.sections = sections(c.text);
        c.report.title = title(c.text, c);
        return c;
    }

    public static void send(ReportRecord r) {
        Broker.send(io.nianbao.contract.Topics.VALIDATED, r.documentId, Json.toString(r));
    }
}
