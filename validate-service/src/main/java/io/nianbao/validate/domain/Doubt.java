package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.TemplateKeys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table cells whose reading the parser marked as uncertain in its parseNotes. A rule that compares or adds cells
 * decides only on cells that are not in doubt: a null cell the parser could not read is not a blank cell (the parser
 * then leaves a note), and a cell it had to guess proves nothing.
 *
 * <p>Which notes make cells doubtful: FLATTENED_AMBIGUOUS, LAYOUT_IRREGULAR, CELL_UNREADABLE, ROW_MISSING,
 * LABELS_LOST, COLUMNS_SHIFTED, CELLS_IN_DOUBT, SECTION_HEADING_MISSING and any code that {@link #isGuess} (the
 * PARSE_UNCERTAIN family). Their scope: the cells named in the note's candidates or message
 * ({@code applications.total.naturalPerson}, {@code total.naturalPerson}); else the rows named in the message
 * ({@code row total}, {@code rows carriedOver..unavailableNotHeld}); else the whole table of the note (table, or
 * the table of its section). Two kinds of note leave the cells certain: LABELS_LOST where "every reading gives" the
 * same value, and LAYOUT_IRREGULAR about numbers "that belong to no row" (ignored stray numbers, e.g. a page number).
 */
public final class Doubt {
    static final Set<String> CODES = Set.of("FLATTENED_AMBIGUOUS", "LAYOUT_IRREGULAR", "CELL_UNREADABLE", "ROW_MISSING",
            "LABELS_LOST", "COLUMNS_SHIFTED", "CELLS_IN_DOUBT", "SECTION_HEADING_MISSING");
    private static final Pattern GUESSY = Pattern.compile("AMBIGU|GUESS|UNCERTAIN|IRREGULAR|SHIFT|LOST|UNREADABLE|INFERRED|ASSUMED|DOUBT");
    private static final Pattern ROWS = Pattern.compile("\\brows? ([a-zA-Z]+)(?:\\.\\.([a-zA-Z]+))?");
    private static final Pattern CELL = Pattern.compile("\\b(?:(activeDisclosure|applications|reviewLitigation)\\.)?([a-zA-Z]+)\\.([a-zA-Z]+)\\b");
    private static final Map<Integer, String> TABLE_OF_SECTION = Map.of(
            2, TemplateKeys.TABLE_ACTIVE, 3, TemplateKeys.TABLE_APPLICATIONS, 4, TemplateKeys.TABLE_REVIEW);
    private static final Doubt NONE = new Doubt(Set.of(), Set.of(), Set.of());

    private final Set<String> tables;
    private final Set<String> rows;
    private final Set<String> cells;

    private Doubt(Set<String> tables, Set<String> rows, Set<String> cells) {
        this.tables = tables;
        this.rows = rows;
        this.cells = cells;
    }

    public static boolean isGuess(String code) {
        return code != null && (CODES.contains(code) || GUESSY.matcher(code).find());
    }

    /** The last record asked about on this thread: the rules ask once per cell (hundreds of times per record). */
    private record Last(ReportRecord record, List<ParseNote> notes, int size, Doubt doubt) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    public static Doubt of(ReportRecord record) {
        if (record.parseNotes == null || record.parseNotes.isEmpty()) {
            return NONE;
        }
        Last last = LAST.get();
        if (last != null && last.record() == record && last.notes() == record.parseNotes && last.size() == record.parseNotes.size()) {
            return last.doubt();
        }
        Doubt d = compute(record);
        LAST.set(new Last(record, record.parseNotes, record.parseNotes.size(), d));
        return d;
    }

    private static Doubt compute(ReportRecord record) {
        Set<String> tables = new HashSet<>();
        Set<String> rows = new HashSet<>();
        Set<String> cells = new HashSet<>();
        List<String> rowOrder = new ArrayList<>(TemplateKeys.APPLICATION_ROWS_2021);
        rowOrder.add(rowOrder.indexOf("total"), "otherHandling");
        for (ParseNote n : record.parseNotes) {
            if (n == null || !isGuess(n.code)) {
                continue;
            }
            String msg = n.message == null ? "" : n.message;
            if ("LABELS_LOST".equals(n.code) && msg.contains("every reading gives")) {
                continue;
            }
            if ("LAYOUT_IRREGULAR".equals(n.code) && msg.contains("belong to no row")) {
                continue;
            }
            String table = n.table != null ? n.table : n.section == null ? null : TABLE_OF_SECTION.get(n.section);
            if (table == null) {
                continue; // a guess about the text, not about a table (e.g. a missing title)
            }
            boolean scoped = false;
            List<String> sources = new ArrayList<>();
            if (n.candidates != null && "CELLS_IN_DOUBT".equals(n.code)) {
                sources.addAll(n.candidates);
            }
            sources.add(msg);
            for (String s : sources) {
                Matcher c = CELL.matcher(s == null ? "" : s);
                while (c.find()) {
                    String t = c.group(1) != null ? c.group(1) : table;
                    if (knownCell(t, c.group(2), c.group(3))) {
                        cells.add(t + "." + c.group(2) + "." + c.group(3));
                        scoped = true;
                    }
                }
            }
            if (!scoped) {
                Matcher r = ROWS.matcher(msg);
                while (r.find()) {
                    if (TemplateKeys.TABLE_ACTIVE.equals(table)) {
                        if (knownCell(table, r.group(1), "")) {
                            rows.add(table + "." + r.group(1));
                            scoped = true;
                        }
                        continue;
                    }
                    int from = indexOf(table, rowOrder, r.group(1));
                    int to = r.group(2) == null ? from : indexOf(table, rowOrder, r.group(2));
                    if (from >= 0 && to >= from) {
                        for (int i = from; i <= to; i++) {
                            rows.add(table + "." + rowName(table, rowOrder, i));
                        }
                        scoped = true;
                    }
                }
            }
            if (!scoped) {
                tables.add(table);
            }
        }
        return new Doubt(Set.copyOf(tables), Set.copyOf(rows), Set.copyOf(cells));
    }

    private static boolean knownCell(String table, String row, String column) {
        return switch (table) {
            case TemplateKeys.TABLE_APPLICATIONS -> (TemplateKeys.APPLICATION_ROWS_2021.contains(row)
                    || TemplateKeys.APPLICATION_ROWS_2019.contains(row) || "otherHandling".equals(row))
                    && TemplateKeys.APPLICANT_COLUMNS.contains(column);
            case TemplateKeys.TABLE_REVIEW -> TemplateKeys.REVIEW_GROUPS.contains(row)
                    && TemplateKeys.REVIEW_COLUMNS.contains(column);
            case TemplateKeys.TABLE_ACTIVE -> TemplateKeys.ACTIVE_2021.containsKey(row)
                    || TemplateKeys.ACTIVE_2019.containsKey(row);
            default -> false;
        };
    }

    private static int indexOf(String table, List<String> appRows, String row) {
        if (TemplateKeys.TABLE_APPLICATIONS.equals(table)) {
            return appRows.indexOf(row);
        }
        if (TemplateKeys.TABLE_REVIEW.equals(table)) {
            return TemplateKeys.REVIEW_GROUPS.indexOf(row);
        }
        return -1;
    }

    private static String rowName(String table, List<String> appRows, int i) {
        if (TemplateKeys.TABLE_APPLICATIONS.equals(table)) {
            return appRows.get(i);
        }
        return TemplateKeys.REVIEW_GROUPS.get(i);
    }

    /** Whether the cell (table, row, column) is in doubt. */
    public boolean cell(String table, String row, String column) {
        return tables.contains(table) || rows.contains(table + "." + row) || cells.contains(table + "." + row + "." + column);
    }

    /** Whether any cell of the row is in doubt. */
    public boolean row(String table, String row) {
        if (tables.contains(table) || rows.contains(table + "." + row)) {
            return true;
        }
        String prefix = table + "." + row + ".";
        return cells.stream().anyMatch(c -> c.startsWith(prefix));
    }

    /** Whether any cell of the table is in doubt. */
    public boolean any(String table) {
        String prefix = table + ".";
        return tables.contains(table) || rows.stream().anyMatch(r -> r.startsWith(prefix))
                || cells.stream().anyMatch(c -> c.startsWith(prefix));
    }

    public boolean isEmpty() {
        return tables.isEmpty() && rows.isEmpty() && cells.isEmpty();
    }

    @Override
    public String toString() {
        return "Doubt" + tables + rows + cells;
    }
}
