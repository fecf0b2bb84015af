package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.ReportRecord.Section;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.contract.TemplateKeys;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text -> {@link ReportRecord}: normalization, metadata, sections, the three tables, stated figures.
 * Loads its resources once; thread-safe and reusable. Never throws on odd input: what cannot be read is
 * null with a parse note.
 */
public final class ReportParser {
    public static final String VERSION = ParserVersion.current();

    private static final List<String> T2021 = List.of("本年制发件数", "本年废止件数", "现行有效件", "逾期不补正", "缴纳费用");
    private static final List<String> T2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "集中采购");
    private static final List<String> ERA_2008 = List.of("概述", "收费及减免", "支出与收费", "申诉");

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> KEYWORD_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final TextNormalizer normalizer = new TextNormalizer();
    private final AgencyResolver agencies;

    public ReportParser() {
        this(AgencyResolver.standard());
    }

    public ReportParser(AgencyResolver agencies) {
        this.agencies = agencies;
    }

    public ReportRecord parse(String input) {
        ReportRecord rec = new ReportRecord();
        rec.parserVersion = VERSION;
        rec.report = new ReportRecord.Report();
        List<ParseNote> notes = rec.parseNotes;
        String text;
        try {
            TextNormalizer.Result norm = normalizer.normalize(input);
            text = norm.text();
            if (!norm.repairs().isEmpty()) {
                notes.add(new ParseNote("TEXT_REPAIRED", String.join("; ", norm.repairs()), null));
            }
        } catch (RuntimeException e) {
            text = input == null ? "" : input;
            notes.add(new ParseNote("PARSE_ERROR", "normalization failed: " + e, null));
        }
        rec.text = text;
        final String t = text;

        safely(notes, "sections", () -> rec.sections.addAll(io.nianbao.template.Sections.detect(t)));
        int firstSection = rec.sections.isEmpty() ? -1 : rec.sections.get(0).start;
        safely(notes, "metadata", () -> metadata(rec, t, firstSection));
        safely(notes, "tables", () -> tables(rec));
        safely(notes, "figures", () -> figures(rec, t));
        return rec;
    }

    private static void safely(List<ParseNote> notes, String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            notes.add(new ParseNote("PARSE_ERROR", what + " could not be read: " + e, null));
        }
    }

    private void metadata(ReportRecord rec, String text, int firstSection) {
        MetadataReader.Meta meta = MetadataReader.read(text, firstSection);
        ReportRecord.Report r = rec.report;
        r.title = meta.title();
        r.agency = meta.agency();
        r.reportYear = meta.reportYear();
        r.publishedOn = meta.publishedOn();
        r.statedPeriod = meta.statedPeriod();
        if (meta.title() == null) {
            rec.parseNotes.add(new ParseNote("TITLE_MISSING", "no title line found"
                    + (meta.reportYear() != null ? "; report year " + meta.reportYear() + " taken from the body" : ""), null));
        }
        AgencyResolver.Resolution res = agencies.resolve(meta.agency(), text);
        r.agencyCanonical = res.canonical();
        r.regionCode = res.regionCode();
        io.nianbao.template.AgencyKind kind = io.nianbao.template.AgencyKind.of(meta.agency());
        if (kind == null) {
            kind = io.nianbao.template.AgencyKind.of(res.canonical());
        }
        r.agencyKind = kind != null ? kind.key() : res.kind();
        if (res.problem() != null) {
            rec.parseNotes.add(new ParseNote("AGENCY_UNRESOLVED", res.problem(), null));
        }
    }

    /** Whitespace between two CJK characters: a header cell wrapped inside its cell (本年制发\n件数). */
    private static final Pattern CJK_BREAK =
            Pattern.compile("(?<=[\\u4e00-\\u9fff])[ \\t\\r\\n\\u3000]+(?=[\\u4e00-\\u9fff])");

    static String template(String text, Integer year) {
        boolean has2021 = containsAny(text, T2021);
        boolean has2019 = containsAny(text, T2019);
        if (!has2021 && !has2019) {
            // the template's header words may be wrapped inside their cells (本年制发 / 件数 on two lines)
            String joined = CJK_BREAK.matcher(text).replaceAll("");
            has2021 = containsAny(joined, T2021);
            has2019 = containsAny(joined, T2019);
        }
        if (has2021) {
            return TemplateKeys.T2021;
        }
        if (has2019) {
            return TemplateKeys.T2019;
        }
        if ((year != null && year <= 2018) || containsAny(text, ERA_2008)) {
            return TemplateKeys.T2008;
        }
        return TemplateKeys.UNKNOWN;
    }

    private void tables(ReportRecord rec) {
        String template = template(rec.text, rec.report.reportYear);
        rec.report.template = template;
        if (!TemplateKeys.T2021.equals(template) && !TemplateKeys.T2019.equals(template)) {
            return; // no standard tables: never invent them
        }
        String r2 = region(rec, 2, "规章|行政许可|行政处罚");
        String r3 = region(rec, 3, "本年新收|上年结转");
        String r4 = region(rec, 4, "行政复议");
        if (r2 != null) {
            rec.activeDisclosure = TableReader.activeDisclosure(r2, template, rec.parseNotes, rec.text.replace(r2, ""));
        }
        if (r3 != null) {
            rec.applications = TableReader.applications(r3, template, rec.parseNotes);
        }
        if (r4 != null) {
            rec.reviewLitigation = TableReader.reviewLitigation(r4, rec.parseNotes);
        }
    }

    /**
     * The text of section n; when its heading was not found, the stretch between the neighbouring sections
     * that were found (with a note), if it holds the table's keywords.
     */
    private static String region(ReportRecord rec, int n, String keywords) {
        Section s = section(rec, n);
        if (s != null) {
            return s.text;
        }
        int start = 0;
        int end = rec.text.length();
        for (Section x : rec.sections) {
            if (x.number < n && x.start != null) {
                start = Math.max(start, x.start);
            }
            if (x.number > n && x.start != null) {
                end = Math.min(end, x.start);
            }
        }
        if (start >= end) {
            return null;
        }
        String text = rec.text.substring(start, end);
        if (!KEYWORD_PATTERNS.computeIfAbsent(keywords, Pattern::compile).matcher(text).find()) {
            return null;
        }
        String table = n == 2 ? TemplateKeys.TABLE_ACTIVE : n == 3 ? TemplateKeys.TABLE_APPLICATIONS : TemplateKeys.TABLE_REVIEW;
        ParseNote note = new ParseNote("SECTION_HEADING_MISSING", "the heading of section " + n
                + " was not found: its table was looked for between the neighbouring sections", n);
        note.table = table;
        rec.parseNotes.add(note);
        return text;
    }

    private static Section section(ReportRecord rec, int number) {
        return rec.sections.stream().filter(s -> s.number == number).findFirst().orElse(null);
    }

    private void figures(ReportRecord rec, String text) {
        boolean tabular = TemplateKeys.T2021.equals(rec.report.template) || TemplateKeys.T2019.equals(rec.report.template);
        // table cells are not statements: skip table-like lines of the table sections
        IntPredicate skip = pos -> {
            if (!tabular) {
                return false;
            }
            for (Section s : rec.sections) {
                if (s.number >= 2 && s.number <= 4 && s.start != null && pos >= s.start && pos < s.end) {
                    return isTableLine(text, pos) || followsRowLabel(text, pos);
                }
            }
            return false;
        };
        List<StatedFigure> figures = FigureExtractor.extract(text, skip);
        for (StatedFigure f : figures) {
            f.section = sectionAt(rec, f.start);
            if (f.parts != null) {
                f.parts.forEach(p -> p.section = f.section);
            }
            if (!"breakdown".equals(f.key) && !"quantity".equals(f.key)) {
                rec.narrative.putIfAbsent(f.key, f.value);
            }
        }
        rec.figures.addAll(figures);
    }

    private static final Pattern SENTENCE_MARK = Pattern.compile("[。,;]");

    private static final List<Pattern> ROW_ANCHORS = java.util.stream.Stream.concat(
                    TemplateKeys.APPLICATION_ROWS_2021.stream().map(k -> io.nianbao.template.Rows.application(k).anchor()),
                    TemplateKeys.ACTIVE_2019.keySet().stream().map(k -> io.nianbao.template.Rows.active(k).anchor()))
            .toList();

    /**
     * A number that follows a table row's label with nothing but the label's own words in between (a row of a
     * table whose layout was lost: …申请数量120000012…) is a cell, not a statement.
     */
    static boolean followsRowLabel(String text, int pos) {
        int from = Math.max(0, pos - 48);
        String window = text.substring(from, pos);
        int cut = Math.max(Math.max(window.lastIndexOf('。'), window.lastIndexOf('；')),
                Math.max(window.lastIndexOf(','), window.lastIndexOf('，')));
        window = window.substring(cut + 1);
        for (Pattern p : ROW_ANCHORS) {
            Matcher m = p.matcher(window);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }
            if (end >= 0 && window.substring(end).chars().noneMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** A line holding table cells (tabs, pipes) or a short fragment without sentence punctuation. */
    static boolean isTableLine(String text, int pos) {
        int ls = text.lastIndexOf('\n', pos - 1) + 1;
        int le = text.indexOf('\n', pos);
        String line = text.substring(ls, le < 0 ? text.length() : le);
        if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
            int p = pos - ls;
            int cs = Math.max(line.lastIndexOf('|', p - 1), line.lastIndexOf('\t', p - 1)) + 1;
            int ce = line.length();
            for (int i = p; i < line.length(); i++) {
                if (line.charAt(i) == '|' || line.charAt(i) == '\t') {
                    ce = i;
                    break;
                }
            }
            return !SENTENCE_MARK.matcher(line.substring(cs, ce)).find(); // a sentence inside a glued line is text
        }
        return line.length() <= 40 && !SENTENCE_MARK.matcher(line).find();
    }

    private static Integer sectionAt(ReportRecord rec, int pos) {
        for (Section s : rec.sections) {
            if (s.start != null && pos >= s.start && pos < s.end) {
                return s.number;
            }
        }
        return null;
    }
}
