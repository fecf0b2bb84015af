package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.parse.domain.Cells.Group;
import io.nianbao.parse.domain.Cells.Token;
import io.nianbao.template.Rows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the three standard tables (sections 二, 三, 四) from the text of their sections. Stateless. */
public final class TableReader {

    private static final Map<String, Pattern> ACTIVE_ROWS = new LinkedHashMap<>();
    private static final Map<String, Pattern> APPLICATION_ROWS = new LinkedHashMap<>();
    private static final Pattern HEADER_WORD = Pattern.compile(
            "^(申请人情况|自然人|法人或其他组织|商业企业|商业|企业|科研机构|科研|机构|社会公益组织|社会公益|组织|法律服务机构|法律服务|其他|总计)$");

    static {
        ACTIVE_ROWS.put("regulations", Pattern.compile("规章"));
        ACTIVE_ROWS.put("normativeDocuments", Pattern.compile("规范性文件"));
        ACTIVE_ROWS.put("licensing", Pattern.compile("行政许可"));
        ACTIVE_ROWS.put("otherServices", Pattern.compile("对外管理服务"));
        ACTIVE_ROWS.put("punishment", Pattern.compile("行政处罚"));
        ACTIVE_ROWS.put("coercion", Pattern.compile("行政强制"));
        ACTIVE_ROWS.put("fees", Pattern.compile("事业性收费"));
        ACTIVE_ROWS.put("procurement", Pattern.compile("集中采购|政府采购"));

        APPLICATION_ROWS.put("newReceived", Pattern.compile("新收|本年收到"));
        APPLICATION_ROWS.put("carriedOver", Pattern.compile("上年结转"));
        APPLICATION_ROWS.put("granted", Pattern.compile("予以公开"));
        APPLICATION_ROWS.put("partiallyGranted", Pattern.compile("部分公开"));
        APPLICATION_ROWS.put("deniedStateSecret", Pattern.compile("国家秘密"));
        APPLICATION_ROWS.put("deniedProhibitedByLaw", Pattern.compile("禁止公开|法规禁止"));
        APPLICATION_ROWS.put("deniedSafetyStability", Pattern.compile("三安全一稳定|危及"));
        APPLICATION_ROWS.put("deniedThirdPartyRights", Pattern.compile("第三方"));
        APPLICATION_ROWS.put("deniedInternalAffairs", Pattern.compile("内部事务"));
        APPLICATION_ROWS.put("deniedProcessInfo", Pattern.compile("过程性"));
        APPLICATION_ROWS.put("deniedEnforcementFiles", Pattern.compile("执法案卷"));
        APPLICATION_ROWS.put("deniedQueryMatters", Pattern.compile("查询事项"));
        APPLICATION_ROWS.put("unavailableNotHeld", Pattern.compile("不掌握"));
        APPLICATION_ROWS.put("unavailableNeedsCreation", Pattern.compile("另行制作|没有现成"));
        APPLICATION_ROWS.put("unavailableUnclear", Pattern.compile("仍不明确|补正后"));
        APPLICATION_ROWS.put("notProcessedComplaint", Pattern.compile("信访|举报|投诉"));
        APPLICATION_ROWS.put("notProcessedRepeated", Pattern.compile("重复申请"));
        APPLICATION_ROWS.put("notProcessedPublication", Pattern.compile("出版物"));
        APPLICATION_ROWS.put("notProcessedExcessive", Pattern.compile("大量反复|反复申请"));
        APPLICATION_ROWS.put("notProcessedConfirmation", Pattern.compile("重新出具|确认"));
        APPLICATION_ROWS.put("otherNoCorrection", Pattern.compile("不补正|逾期不补")); // 逾期不补 / 正、…: wrapped in its cell
        APPLICATION_ROWS.put("otherUnpaidFee", Pattern.compile("缴纳费用|收费通知"));
        APPLICATION_ROWS.put("otherOther", Pattern.compile("^(\\d[.、]?)?其他(情形|处理)?$"));
        APPLICATION_ROWS.put("otherHandling", Pattern.compile("其他处理"));
        APPLICATION_ROWS.put("total", Pattern.compile("总计|合计"));
        APPLICATION_ROWS.put("carriedForward", Pattern.compile("结转下"));
    }

    private TableReader() {
    }

    private static ParseNote note(List<ParseNote> notes, String code, String message, int section, String table) {
        ParseNote n = new ParseNote(code, message, section);
        n.table = table;
        notes.add(n);
        return n;
    }

    /** Tail-first label matching: the shortest tail of the label run that names one of the candidate rows. */
    private static int matchRow(List<Token> labels, List<String> rows, Map<String, Pattern> patterns, int from,
                                boolean skipHeader) {
        int startIdx = 0;
        if (skipHeader) {
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (HEADER_WORD.matcher(Cells.clean(labels.get(i).text())).matches()) {
                    startIdx = i + 1;
                    break;
                }
            }
        }
        String tail = "";
        for (int i = labels.size() - 1; i >= startIdx; i--) {
            tail = Cells.clean(labels.get(i).text()) + tail;
            for (int r = from; r < rows.size(); r++) {
                Pattern p = patterns.get(rows.get(r));
                if (p != null && p.matcher(tail).find()) {
                    return r;
                }
            }
        }
        return -1;
    }

    /**
     * A line that is only a page number of a PDF (-2-, - 3 -, —4—, 第5页, 第5页共9页): a table split over pages
     * carries it between its rows, where its digits would be taken for a cell.
     */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "(?m)^[ \\t\\u3000]*(?:[-－—–]+[ \\t]*\\d{1,3}[ \\t]*[-－—–]+|第[ \\t]*\\d{1,3}[ \\t]*页(?:[ \\t]*[,，/]?[ \\t]*共[ \\t]*\\d{1,3}[ \\t]*页)?)[ \\t\\u3000]*$");

    static String withoutPageMarks(String sectionText) {
        return sectionText == null ? null : PAGE_MARK.matcher(sectionText).replaceAll("");
    }

    // ------------------------------------------------------------------ section 二

    public static Map<String, Map<String, BigDecimal>> activeDisclosure(String sectionText, String template,
                                                                        List<ParseNote> notes) {
        return activeDisclosure(sectionText, template, notes, null);
    }

    /**
     * @param context the report's text outside this table: where a row's digits have several readings, the one
     *                reading whose every figure the text states (with its classifier: 21条, 5419886元) is taken
     */
    public static Map<String, Map<String, BigDecimal>> activeDisclosure(String sectionText, String template,
                                                                        List<ParseNote> notes, String context) {
        sectionText = withoutPageMarks(sectionText);
        List<ParseNote> lineNotes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> byLines = activeDisclosure(Cells.groups(Cells.tokenize(sectionText)),
                null, template, lineNotes, context);
        GluedRows.Result glued = GluedRows.read(sectionText, Rows.activeRows(template));
        if (glued.anchored() >= 2) {
            List<ParseNote> gluedNotes = new ArrayList<>();
            Map<String, Map<String, BigDecimal>> byGlue = activeDisclosure(glued.groups(), glued.rowKeys(), template,
                    gluedNotes, context);
            if (activeCellsRead(byGlue) > activeCellsRead(byLines)
                    || byLines == null && byGlue != null) {
                note(gluedNotes, "LAYOUT_GLUED", "section 二 rows run together without separators: " + glued.anchored()
                        + " rows found by their labels", 2, TemplateKeys.TABLE_ACTIVE);
                notes.addAll(gluedNotes);
                return byGlue;
            }
        }
        notes.addAll(lineNotes);
        return byLines;
    }

    static Map<String, Map<String, BigDecimal>> activeDisclosure(List<Group> groups, List<String> keys, String template,
                                                                 List<ParseNote> notes, String context) {
        String table = TemplateKeys.TABLE_ACTIVE;
        Map<String, List<String>> layout = TemplateKeys.activeRows(template);
        List<String> rows = new ArrayList<>(layout.keySet());
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        boolean[] done = new boolean[rows.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            if (g.labels().isEmpty() || g.numbers().isEmpty()) {
                continue;
            }
            int r = keys == null ? -1 : rows.indexOf(keys.get(gi));
            if (r >= 0 && done[r]) {
                continue;
            }
            String tail = "";
            outer:
            for (int i = g.labels().size() - 1; i >= 0 && r < 0; i--) {
                tail = Cells.clean(g.labels().get(i).text()) + tail;
                for (int k = 0; k < rows.size(); k++) {
                    if (!done[k] && ACTIVE_ROWS.get(rows.get(k)).matcher(tail).find()) {
                        r = k;
                        break outer;
                    }
                }
            }
            if (r < 0) {
                continue;
            }
            done[r] = true;
            String row = rows.get(r);
            List<String> cols = layout.get(row);
            SlotReader.Reading reading = SlotReader.read(g.values(), cols.size(), null, MONEY_DIGITS);
            if (!reading.complete() && reading.candidates().size() > 1) {
                reading = countsNotNegative(reading, cols);
            }
            if (!reading.complete() && context != null && reading.candidates().size() > 1) {
                List<long[]> stated = reading.candidates().stream().filter(c -> statedInText(c, context)).toList();
                if (stated.size() == 1) {
                    note(notes, "TEXT_CONFIRMED", "section 二 row " + row + ": of " + reading.candidates().size()
                            + " readings of its digits, only " + SlotReader.render(stated.get(0))
                            + " is stated in the text", 2, table);
                    reading = new SlotReader.Reading(SlotReader.toDecimals(stated.get(0)), stated, null, "FLATTENED");
                }
            }
            if (!reading.complete() && reading.candidates().size() > 1 && STOCK_COLUMNS.contains(cols.get(cols.size() - 1))) {
                List<long[]> plausible = reading.candidates().stream().filter(TableReader::stockIsLargest).toList();
                if (plausible.size() == 1) {
                    ParseNote n = note(notes, "CELLS_IN_DOUBT", "section 二 row " + row + ": " + reading.problem()
                            + "; taken: " + SlotReader.render(plausible.get(0)) + ", the only one whose "
                            + cols.get(cols.size() - 1) + " (a stock) is at least each count of the year", 2, table);
                    n.candidates = reading.candidates().stream().map(SlotReader::render).toList();
                    reading = new SlotReader.Reading(SlotReader.toDecimals(plausible.get(0)), plausible, null, "FLATTENED");
                }
            }
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                BigDecimal v = reading.cells()[c];
                if (v != null && TemplateKeys.isDecimalCell(row, cols.get(c))) {
                    v = money(g.values(), c, v, row, cols.get(c), notes);
                }
                cells.put(cols.get(c), v);
            }
            if (!reading.complete()) {
                ParseNote n = note(notes, reading.kind(), "section 二 row " + row + ": " + reading.problem(), 2, table);
                n.candidates = reading.candidates().stream().map(SlotReader::render).toList();
            }
            out.put(row, cells);
        }
        if (out.isEmpty()) {
            return null;
        }
        for (int k = 0; k < rows.size(); k++) {
            if (!done[k]) {
                note(notes, "ROW_MISSING", "section 二 row " + rows.get(k) + " not found", 2, table);
            }
        }
        return out;
    }

    /**
     * Of several cuts of a row's digits, those that make a count negative are no readings: only 本年增/减 (change)
     * carries a sign ({@code 195-551} is 195 -5 51 or 195 -55 1, never 1 95 -551). When one cut is left it is the
     * reading; else the cuts left are the candidates.
     */
    private static SlotReader.Reading countsNotNegative(SlotReader.Reading reading, List<String> cols) {
        int change = cols.indexOf("change");
        List<long[]> possible = reading.candidates().stream().filter(c -> {
            for (int i = 0; i < c.length; i++) {
                if (i != change && c[i] < 0) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (possible.isEmpty() || possible.size() == reading.candidates().size()) {
            return reading;
        }
        if (possible.size() == 1) {
            return new SlotReader.Reading(SlotReader.toDecimals(possible.get(0)), possible, null, "FLATTENED");
        }
        BigDecimal[] cells = new BigDecimal[cols.size()];
        SlotReader.agreeing(possible, cells);
        String problem = reading.problem() == null ? null
                : reading.problem().replaceFirst("^\\d+ readings", possible.size() + " readings")
                + " (a count is never negative)";
        return new SlotReader.Reading(cells, possible, problem, reading.kind());
    }

    /** Longest cell in section 二, where amounts of money and counts of decisions run to millions. */
    private static final int MONEY_DIGITS = 10;

    /**
     * The reading's figures of at least two digits (at least one) are stated together in one sentence of the
     * text, each with a classifier or unit (今年共发布采购信息21条共5419886元): a row the text restates.
     */
    static boolean statedInText(long[] reading, String context) {
        List<Long> big = new ArrayList<>();
        for (long v : reading) {
            if (v >= 10) {
                big.add(v);
            }
        }
        if (big.isEmpty()) {
            return false;
        }
        Matcher m = Pattern.compile("(?<![\\d.])" + big.get(0) + "(?![\\d.])\\s*(?:条|件|个|项|次|元|万元)").matcher(context);
        while (m.find()) {
            int from = m.start();
            int to = from;
            while (to < context.length() && to - from < 80 && "。；;\n".indexOf(context.charAt(to)) < 0) {
                to++;
            }
            int back = from;
            while (back > 0 && from - back < 80 && "。；;\n".indexOf(context.charAt(back - 1)) < 0) {
                back--;
            }
            String sentence = context.substring(back, to);
            boolean all = true;
            for (long v : big.subList(1, big.size())) {
                if (!Pattern.compile("(?<![\\d.])" + v + "(?![\\d.])\\s*(?:条|件|个|项|次|元|万元)").matcher(sentence).find()) {
                    all = false;
                    break;
                }
            }
            if (all && (big.size() > 1 || reading.length == 1)) {
                return true;
            }
        }
        return false;
    }

    /** Money cells are kept in 万元: a value written with the unit 元 is converted. */
    private static BigDecimal money(List<Token> slots, int c, BigDecimal v, String row, String col,
                                    List<ParseNote> notes) {
        List<Token> numbers = slots.stream().filter(Token::isNumber).toList();
        String unit = c < numbers.size() ? numbers.get(c).unit() : null;
        if ("元".equals(unit)) {
            BigDecimal w = v.divide(BigDecimal.valueOf(10000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
            if (w.scale() < 0) {
                w = w.setScale(0);
            }
            note(notes, "UNIT_CONVERTED", row + "." + col + " written as " + v.toPlainString() + "元, kept as "
                    + w.toPlainString() + " 万元", 2, TemplateKeys.TABLE_ACTIVE);
            return w;
        }
        return v;
    }

    // ------------------------------------------------------------------ section 三

    public static Map<String, List<BigDecimal>> applications(String sectionText, String template,
                                                             List<ParseNote> notes) {
        sectionText = withoutPageMarks(sectionText);
        Map<String, List<BigDecimal>> best = null;
        List<ParseNote> bestNotes = null;
        int bestCells = -1;
        List<Group> lineGroups = Cells.groups(Cells.tokenize(sectionText));
        int cellsPerRow = TemplateKeys.APPLICANT_COLUMNS.size();
        for (List<String> rows : Rows.applicationRowVariants(template)) {
            boolean own = rows.equals(TemplateKeys.applicationRows(template));
            List<ParseNote> lineNotes = new ArrayList<>();
            Map<String, List<BigDecimal>> byLines = applications(lineGroups, null, rows, lineNotes);
            int lineCells = cellsRead(byLines);
            if (lineCells > bestCells || lineCells == bestCells && bestNotes != null && lineNotes.size() < bestNotes.size()) {
                best = byLines;
                bestNotes = lineNotes;
                bestCells = lineCells;
            }
            if (lineCells >= rows.size() * cellsPerRow) {
                if (own) {
                    break; // every cell of the template's own rows read: no other reading can hold more
                }
                continue;
            }
            GluedRows.Result glued = GluedRows.read(sectionText, rows.stream().map(Rows::application).toList());
            Map<String, List<BigDecimal>> byGlue = null;
            List<ParseNote> gluedNotes = new ArrayList<>();
            if (glued.anchored() >= 2) {
                byGlue = applications(glued.groups(), glued.rowKeys(), rows, gluedNotes);
            }
            int gluedCells = cellsRead(byGlue);
            if (byGlue != null && (gluedCells > bestCells || gluedCells == bestCells && gluedNotes.size() < bestNotes.size())) {
                note(gluedNotes, "LAYOUT_GLUED", "section 三 rows run together without separators: " + glued.anchored()
                        + " rows found by their labels, their digits cut by the table's identities", 3,
                        TemplateKeys.TABLE_APPLICATIONS);
                best = byGlue;
                bestNotes = gluedNotes;
                bestCells = gluedCells;
            }
            List<RowGroups> sources = new ArrayList<>();
            sources.add(new RowGroups(lineGroups, null));
            if (glued.anchored() >= 2) {
                sources.add(new RowGroups(glued.groups(), glued.rowKeys()));
            }
            for (RowGroups source : sources) {
                BlankColumns.Result blanked = BlankColumns.of(source.groups(), source.keys(), cellsPerRow);
                if (blanked == null) {
                    continue;
                }
                List<ParseNote> blankNotes = new ArrayList<>();
                Map<String, List<BigDecimal>> byBlank = applications(blanked.groups(), blanked.keys(), rows, blankNotes);
                int blankCells = cellsRead(byBlank);
                if (blankCells > bestCells) {
                    if (!own) {
                        note(blankNotes, "MIXED_TEMPLATE", "section 三 prints (六)其他处理 as one row, as the 2019 template does",
                                3, TemplateKeys.TABLE_APPLICATIONS);
                    }
                    note(blankNotes, "BLANK_COLUMNS", "section 三 prints numbers only under 自然人 and 总计 (equal in every"
                            + " row): the five 法人或其他组织 columns are read as blank", 3, TemplateKeys.TABLE_APPLICATIONS);
                    best = byBlank;
                    bestNotes = blankNotes;
                    bestCells = blankCells;
                }
            }
            if (!own && best == byGlue || !own && best == byLines) {
                note(bestNotes, "MIXED_TEMPLATE", "section 三 prints (六)其他处理 as one row, as the 2019 template does",
                        3, TemplateKeys.TABLE_APPLICATIONS);
            }
        }
        notes.addAll(bestNotes);
        return best;
    }

    /**
     * The columns of section 二 that hold a stock (in force, published in total) rather than a count of the year:
     * where the digits of a row can be cut several ways and nothing else decides, the cut whose stock is at least
     * each of the year's counts is taken, with a CELLS_IN_DOUBT note that lists every cut.
     */
    private static final java.util.Set<String> STOCK_COLUMNS = java.util.Set.of("inForce", "totalPublished");

    private static boolean stockIsLargest(long[] v) {
        long stock = v[v.length - 1];
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > stock) {
                return false;
            }
        }
        return true;
    }

    /** The row groups a layout reader produced, with the row key of each when the reader knows it (else null). */
    private record RowGroups(List<Group> groups, List<String> keys) {
    }

    private static int cellsRead(Map<String, List<BigDecimal>> table) {
        if (table == null) {
            return 0;
        }
        int n = 0;
        for (List<BigDecimal> row : table.values()) {
            for (BigDecimal v : row) {
                if (v != null) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int activeCellsRead(Map<String, Map<String, BigDecimal>> table) {
        if (table == null) {
            return 0;
        }
        int n = 0;
        for (Map<String, BigDecimal> row : table.values()) {
            for (BigDecimal v : row.values()) {
                if (v != null) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @param keys the row key of each group when a layout reader already knows it, else null (match labels) */
    static Map<String, List<BigDecimal>> applications(List<Group> groups, List<String> keys, List<String> rows,
                                                      List<ParseNote> notes) {
        String table = TemplateKeys.TABLE_APPLICATIONS;
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String r : rows) {
            patterns.put(r, APPLICATION_ROWS.get(r));
        }
        long numberCount = groups.stream().mapToLong(g -> g.numbers().size()).sum();
        if (numberCount == 0) {
            return null;
        }
        int n = TemplateKeys.APPLICANT_COLUMNS.size();
        BigDecimal[][] cells = new BigDecimal[rows.size()][];
        List<List<long[]>> ambiguous = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ambiguous.add(null);
        }
        int last = -1;
        List<Token> pool = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            int r = keys != null ? (keys.get(gi) == null ? -1 : rows.indexOf(keys.get(gi)))
                    : g.labels().isEmpty() ? -1 : matchRow(g.labels(), rows, patterns, last + 1, true);
            if (keys != null && r <= last) {
                r = -1;
            }
            if (r < 0) {
                pool.addAll(g.values());
                continue;
            }
            // rows between the last matched one and this one lost their labels: read them from the pool
            readBlock(pool, rows, last + 1, r, cells, notes);
            pool.clear();
            List<Token> slots = g.values();
            if (g.numbers().size() > n) { // surplus numbers: rows whose labels were lost follow
                int cut = indexAfterNumbers(slots, n);
                pool.addAll(slots.subList(cut, slots.size()));
                slots = slots.subList(0, cut);
            }
            SlotReader.Reading reading = SlotReader.read(slots, n, DigitSplitter::lastIsSum);
            cells[r] = reading.cells();
            if (!reading.complete()) {
                if (reading.kind().equals("FLATTENED_AMBIGUOUS") && !reading.candidates().isEmpty()) {
                    ambiguous.set(r, reading.candidates());
                } else {
                    ParseNote note = note(notes, reading.kind(), "section 三 row " + rows.get(r) + ": "
                            + reading.problem(), 3, table);
                    note.candidates = reading.candidates().stream().map(SlotReader::render).toList();
                }
            }
            last = r;
        }
        readBlock(pool, rows, last + 1, rows.size(), cells, notes);
        resolveAmbiguous(rows, cells, ambiguous, notes);
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal[] row = cells[i] == null ? new BigDecimal[n] : cells[i];
            out.put(rows.get(i), Arrays.asList(row));
        }
        return out;
    }

    private static int indexAfterNumbers(List<Token> slots, int n) {
        int seen = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).isNumber()) {
                seen++;
                if (seen == n) {
                    return i + 1;
                }
            }
        }
        return slots.size();
    }

    /** Rows [from, to) whose labels were lost, read from the pooled values. */
    private static void readBlock(List<Token> pool, List<String> rows, int from, int to, BigDecimal[][] cells,
                                  List<ParseNote> notes) {
        String table = TemplateKeys.TABLE_APPLICATIONS;
        int n = TemplateKeys.APPLICANT_COLUMNS.size();
        int k = to - from;
        List<BigDecimal> numbers = new ArrayList<>();
        for (Token t : pool) {
            if (!t.isNumber()) {
                continue;
            }
            String d = t.digits();
            if (d != null && d.length() > 1 && d.chars().allMatch(c -> c == '0')) {
                // a run of zeros is as many cells of 0: no cell is written with a leading zero
                for (int i = 0; i < d.length(); i++) {
                    numbers.add(BigDecimal.ZERO);
                }
            } else {
                numbers.add(t.value());
            }
        }
        if (k <= 0) {
            if (!numbers.isEmpty()) {
                note(notes, "LAYOUT_IRREGULAR", numbers.size() + " numbers in section 三 that belong to no row"
                        + " were ignored: " + SlotReader.describe(pool), 3, table);
            }
            return;
        }
        String rowNames = rows.get(from) + (k > 1 ? ".." + rows.get(to - 1) : "");
        if (numbers.isEmpty()) {
            note(notes, "CELL_UNREADABLE", "section 三 rows " + rowNames + " not found", 3, table);
            return;
        }
        if (numbers.size() == k * n) {
            for (int i = 0; i < k; i++) {
                cells[from + i] = numbers.subList(i * n, i * n + n).toArray(BigDecimal[]::new);
            }
            note(notes, "LABELS_LOST", "section 三 rows " + rowNames + " have no labels: " + numbers.size()
                    + " numbers read in template order", 3, table);
            return;
        }
        BigDecimal first = numbers.get(0);
        if (numbers.size() > k * n && numbers.stream().allMatch(v -> v.compareTo(first) == 0)) {
            for (int i = 0; i < k; i++) {
                BigDecimal[] row = new BigDecimal[n];
                Arrays.fill(row, first);
                cells[from + i] = row;
            }
            note(notes, "LABELS_LOST", "section 三 rows " + rowNames + " have no labels: " + numbers.size()
                    + " numbers stand where the template has " + k * n + " cells; all are "
                    + first.toPlainString() + ", so every reading gives " + first.toPlainString(), 3, table);
            return;
        }
        if (k >= 2 && numbers.size() == 2 * k && BlankColumns.equalPairs(numbers)) {
            // two numbers a row, equal in every row: 自然人 and 总计, the five 法人或其他组织 columns blank
            // (总计 = the sum of the applicant columns holds only so); no other reading fits the count
            for (int i = 0; i < k; i++) {
                BigDecimal[] row = new BigDecimal[n];
                row[0] = numbers.get(2 * i);
                row[n - 1] = numbers.get(2 * i + 1);
                cells[from + i] = row;
            }
            note(notes, "LABELS_LOST", "section 三 rows " + rowNames + " have no labels and two numbers a row, equal"
                    + " in every row (" + numbers.size() + " numbers for " + k + " rows): read as 自然人 and 总计, the five"
                    + " 法人或其他组织 columns blank", 3, table);
            return;
        }
        // a regular grid with extra cells per row (merged cells): try each window of n cells in rows of s
        List<Integer> fits = new ArrayList<>();
        int stride = numbers.size() % k == 0 ? numbers.size() / k : -1;
        if (stride > n && stride <= n + 3) {
            for (int o = 0; o + n <= stride; o++) {
                boolean ok = true;
                for (int i = 0; i < k && ok; i++) {
                    long[] row = new long[n];
                    for (int c = 0; c < n; c++) {
                        BigDecimal v = numbers.get(i * stride + o + c);
                        row[c] = v.longValue();
                    }
                    ok = DigitSplitter.lastIsSum(row);
                }
                if (ok) {
                    fits.add(o);
                }
            }
        }
        if (fits.size() == 1) {
            int o = fits.get(0);
            for (int i = 0; i < k; i++) {
                cells[from + i] = numbers.subList(i * stride + o, i * stride + o + n).toArray(BigDecimal[]::new);
            }
            note(notes, "LABELS_LOST", "section 三 rows " + rowNames + " have no labels and " + stride
                    + " cells per row: the only window of " + n + " cells whose totals add up starts at cell " + (o + 1),
                    3, table);
            return;
        }
        ParseNote nn = note(notes, "LAYOUT_IRREGULAR", "section 三 rows " + rowNames + " have no labels and "
                + numbers.size() + " numbers where the template has " + k * n + " cells; left empty", 3, table);
        nn.candidates = fits.stream().map(o -> "window at cell " + (o + 1)).toList();
    }

    /** Cross-row constraints for flattened rows with several readings. */
    private static void resolveAmbiguous(List<String> rows, BigDecimal[][] cells,
                                         List<List<long[]>> ambiguous, List<ParseNote> notes) {
        List<Integer> amb = new ArrayList<>();
        long product = 1;
        for (int i = 0; i < rows.size(); i++) {
            if (ambiguous.get(i) != null) {
                amb.add(i);
                product *= ambiguous.get(i).size();
            }
        }
        if (amb.isEmpty()) {
            return;
        }
        List<String> outcomes = Rows.outcomesOf(rows);
        List<long[][]> survivors = new ArrayList<>();
        if (product <= 100_000) {
            int[] idx = new int[amb.size()];
            while (true) {
                BigDecimal[][] trial = new BigDecimal[rows.size()][];
                for (int i = 0; i < rows.size(); i++) {
                    trial[i] = cells[i];
                }
                long[][] chosen = new long[amb.size()][];
                for (int a = 0; a < amb.size(); a++) {
                    chosen[a] = ambiguous.get(amb.get(a)).get(idx[a]);
                    trial[amb.get(a)] = SlotReader.toDecimals(chosen[a]);
                }
                if (columnsConsistent(rows, outcomes, trial)) {
                    survivors.add(chosen);
                }
                int p = 0;
                while (p < idx.length && ++idx[p] == ambiguous.get(amb.get(p)).size()) {
                    idx[p] = 0;
                    p++;
                }
                if (p == idx.length) {
                    break;
                }
            }
        }
        for (int a = 0; a < amb.size(); a++) {
            int r = amb.get(a);
            List<long[]> readings;
            if (survivors.isEmpty()) {
                readings = ambiguous.get(r);
            } else {
                final int fa = a;
                readings = survivors.stream().map(s -> s[fa]).toList();
            }
            BigDecimal[] row = new BigDecimal[TemplateKeys.APPLICANT_COLUMNS.size()];
            SlotReader.agreeing(readings, row);
            cells[r] = row;
            boolean unique = readings.stream().map(SlotReader::render).distinct().count() == 1;
            if (!unique || survivors.isEmpty()) {
                ParseNote n = note(notes, "FLATTENED_AMBIGUOUS", "section 三 row " + rows.get(r)
                        + ": the flattened digits have " + readings.stream().map(SlotReader::render).distinct().count()
                        + " readings that fit the table" + (survivors.isEmpty() ? " (none fits the column totals)" : "")
                        + "; cells that differ are left empty", 3, TemplateKeys.TABLE_APPLICATIONS);
                n.candidates = readings.stream().map(SlotReader::render).distinct().toList();
            }
        }
    }

    /** newReceived + carriedOver = total + carriedForward and total = sum of outcomes, where all are known. */
    static boolean columnsConsistent(List<String> rows, List<String> outcomes, BigDecimal[][] cells) {
        int n = TemplateKeys.APPLICANT_COLUMNS.size();
        BigDecimal[] nr = cells[rows.indexOf("newReceived")];
        BigDecimal[] co = cells[rows.indexOf("carriedOver")];
        BigDecimal[] tot = cells[rows.indexOf("total")];
        BigDecimal[] cf = cells[rows.indexOf("carriedForward")];
        for (int c = 0; c < n; c++) {
            if (known(nr, c) && known(co, c) && known(tot, c) && known(cf, c)
                    && nr[c].add(co[c]).compareTo(tot[c].add(cf[c])) != 0) {
                return false;
            }
            if (known(tot, c)) {
                BigDecimal s = BigDecimal.ZERO;
                boolean all = true;
                for (String o : outcomes) {
                    BigDecimal[] row = cells[rows.indexOf(o)];
                    if (!known(row, c)) {
                        all = false;
                        break;
                    }
                    s = s.add(row[c]);
                }
                if (all && s.compareTo(tot[c]) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean known(BigDecimal[] row, int c) {
        return row != null && row[c] != null;
    }

    // ------------------------------------------------------------------ section 四

    private static final Pattern REVIEW_HEADER = Pattern.compile("总计|尚未审结|审结|其他结果|结果纠正|结果维持|复议后起诉|直接起诉|行政诉讼|行政复议");

    /**
     * Section 四's numbers spread over several runs between header words (a PDF converted to text reads the
     * table column block by column block). Where the runs in their order give groups of five that add up, that
     * is the reading; otherwise the orders of the runs that do are the candidates, and the cells on which they
     * disagree are left empty with a note. Null when the numbers are not spread (then order decides).
     */
    private static SlotReader.Reading scattered(List<Group> groups, int n, List<ParseNote> notes) {
        List<long[]> runs = new ArrayList<>();
        for (Group g : groups) {
            List<Token> nums = g.numbers();
            if (!nums.isEmpty()) {
                long[] r = new long[nums.size()];
                for (int i = 0; i < r.length; i++) {
                    BigDecimal v = nums.get(i).value();
                    if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0) {
                        return null;
                    }
                    r[i] = v.longValue();
                }
                runs.add(r);
            }
        }
        if (runs.size() < 2 || runs.size() > 7) {
            return null;
        }
        long[] straight = concat(runs, identity(runs.size()));
        if (DigitSplitter.groupsOfFiveSum(straight)) {
            return new SlotReader.Reading(SlotReader.toDecimals(straight), List.of(straight), null, null);
        }
        List<long[]> fits = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // any reading order starts at the table's first cell: the first run stays first
        permute(identity(runs.size()), 1, p -> {
            long[] v = concat(runs, p);
            if (DigitSplitter.groupsOfFiveSum(v) && seen.add(SlotReader.render(v))) {
                fits.add(v);
            }
        });
        if (fits.isEmpty()) {
            return null; // nothing adds up in any order: read in order, the inconsistency is the report's
        }
        if (fits.size() == 1) {
            note(notes, "LAYOUT_REORDERED", "section 四: its numbers stand in " + runs.size()
                    + " runs between the header words; one order of the runs gives groups that add up", 4,
                    TemplateKeys.TABLE_REVIEW);
            return new SlotReader.Reading(SlotReader.toDecimals(fits.get(0)), fits, null, null);
        }
        BigDecimal[] cells = new BigDecimal[n];
        SlotReader.agreeing(fits, cells);
        return new SlotReader.Reading(cells, fits, "its numbers stand in " + runs.size() + " runs between the header words and "
                + fits.size() + " orders of them add up; cells that differ are left empty", "CELLS_IN_DOUBT");
    }

    private static int[] identity(int k) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        return p;
    }

    private static long[] concat(List<long[]> runs, int[] order) {
        int len = 0;
        for (long[] r : runs) {
            len += r.length;
        }
        long[] out = new long[len];
        int i = 0;
        for (int o : order) {
            for (long v : runs.get(o)) {
                out[i++] = v;
            }
        }
        return out;
    }

    private static void permute(int[] p, int k, java.util.function.Consumer<int[]> visit) {
        if (k == p.length) {
            visit.accept(p);
            return;
        }
        for (int i = k; i < p.length; i++) {
            int t = p[k];
            p[k] = p[i];
            p[i] = t;
            permute(p, k + 1, visit);
            p[i] = p[k];
            p[k] = t;
        }
    }

    private static int count(BigDecimal[] cells) {
        int n = 0;
        for (BigDecimal c : cells) {
            if (c != null) {
                n++;
            }
        }
        return n;
    }

    public static Map<String, Map<String, BigDecimal>> reviewLitigation(String sectionText, List<ParseNote> notes) {
        sectionText = withoutPageMarks(sectionText);
        String table = TemplateKeys.TABLE_REVIEW;
        List<Group> groups = Cells.groups(Cells.tokenize(sectionText));
        int n = TemplateKeys.REVIEW_GROUPS.size() * TemplateKeys.REVIEW_COLUMNS.size();
        List<Token> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.values()));
        if (all.stream().noneMatch(Token::isNumber) && GluedRows.afterLastHeader(sectionText, REVIEW_HEADER).isEmpty()) {
            return null;
        }
        List<Token> slots = groups.isEmpty() ? List.of() : groups.get(groups.size() - 1).values();
        SlotReader.Reading scattered = null;
        if (slots.stream().filter(Token::isNumber).count() < n
                && all.stream().filter(Token::isNumber).count() == n) {
            slots = all.stream().filter(Token::isNumber).toList();
            scattered = scattered(groups, n, notes);
        }
        List<Token> afterHeader = GluedRows.afterLastHeader(sectionText, REVIEW_HEADER);
        SlotReader.Reading reading;
        if (scattered == null && afterHeader.stream().filter(Token::isNumber).count() == n
                && slots.stream().filter(Token::isNumber).count() != n) {
            // the header's last word glued to the first number ("总计9 3 2 2 16 …"): the numbers after the header
            reading = SlotReader.read(afterHeader, n, DigitSplitter::groupsOfFiveSum);
        } else {
            reading = scattered != null ? scattered : SlotReader.read(slots, n, DigitSplitter::groupsOfFiveSum);
        }
        if (!reading.complete()) {
            List<Token> glued = afterHeader;
            SlotReader.Reading r2 = glued.isEmpty() ? null : SlotReader.read(glued, n, DigitSplitter::groupsOfFiveSum);
            if (r2 != null && (r2.complete() || count(r2.cells()) > count(reading.cells()))) {
                reading = r2;
                note(notes, "LAYOUT_GLUED", "section 四: the numbers after the header words, read in template order", 4,
                        table);
            }
        }
        if (!reading.complete()) {
            ParseNote note = note(notes, reading.kind(), "section 四: " + reading.problem(), 4, table);
            note.candidates = reading.candidates().stream().map(SlotReader::render).toList();
        }
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        int i = 0;
        for (String g : TemplateKeys.REVIEW_GROUPS) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (String c : TemplateKeys.REVIEW_COLUMNS) {
                m.put(c, reading.cells()[i++]);
            }
            out.put(g, m);
        }
        return out;
    }
}
