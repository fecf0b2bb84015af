package io.nianbao.testsupport.corpus;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.template.Rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three standard tables (sections 二, 三, 四) of the 2019 and 2021 templates as {@link Doc.Table}s,
 * built from the values of any {@link ReportRecord} (the generator's, or a truth file's). A cell whose
 * value is null, or a row/table the record lacks, is rendered as an empty cell.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** Section 二 of {@code template} ("2021" or "2019") from {@code a} (row key -> column key -> value). */
    public static Table active(String template, Map<String, Map<String, BigDecimal>> a) {
        return TemplateKeys.T2021.equals(template) ? active2021(a) : active2019(a);
    }

    /** A section-二 row label of the template model. */
    static String row(String key) {
        return Rows.activeLabel(key);
    }

    /** A section-二 column label of the template model. */
    static String col(String key) {
        return Rows.ACTIVE_COLUMN_LABELS.get(key);
    }

    static String v(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static BigDecimal get(Map<String, Map<String, BigDecimal>> a, String row, String col) {
        if (a == null || a.get(row) == null) {
            return null;
        }
        return a.get(row).get(col);
    }

    public static Table active2021(Map<String, Map<String, BigDecimal>> a) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("第二十条第（一）项", 1, 4)));
        rows.add(List.of(Cell.header("信息内容", 1, 1), Cell.header(col("made"), 1, 1),
                Cell.header(col("repealed"), 1, 1), Cell.header(col("inForce"), 1, 1)));
        for (String[] rl : new String[][]{{"regulations", row("regulations")}, {"normativeDocuments", row("normativeDocuments")}}) {
            rows.add(List.of(Cell.label(rl[1], 1, 1, rl[0]), Cell.value(v(get(a, rl[0], "made")), rl[0], "made"),
                    Cell.value(v(get(a, rl[0], "repealed")), rl[0], "repealed"),
                    Cell.value(v(get(a, rl[0], "inForce")), rl[0], "inForce")));
        }
        single(rows, "第二十条第（五）项", col("decisions"), a, "decisions", new String[][]{{"licensing", row("licensing")}}, 3);
        single(rows, "第二十条第（六）项", col("decisions"), a, "decisions",
                new String[][]{{"punishment", row("punishment")}, {"coercion", row("coercion")}}, 3);
        single(rows, "第二十条第（八）项", col("amount"), a, "amount",
                new String[][]{{"fees", row("fees")}}, 3);
        return new Table(2, TemplateKeys.TABLE_ACTIVE, 2, rows);
    }

    private static void single(List<List<Cell>> rows, String article, String colLabel, Map<String, Map<String, BigDecimal>> a,
                               String col, String[][] items, int span) {
        rows.add(List.of(Cell.header(article, 1, 4)));
        rows.add(List.of(Cell.header("信息内容", 1, 1), Cell.header(colLabel, 1, span)));
        for (String[] it : items) {
            rows.add(List.of(Cell.label(it[1], 1, 1, it[0]), Cell.value(v(get(a, it[0], col)), span, it[0], col)));
        }
    }

    public static Table active2019(Map<String, Map<String, BigDecimal>> a) {
        List<List<Cell>> rows = new ArrayList<>();
        triple(rows, "第二十条第（一）项", List.of(col("newlyMade"), col("newlyPublished"), col("totalPublished")),
                List.of("newlyMade", "newlyPublished", "totalPublished"), a,
                new String[][]{{"regulations", row("regulations")}, {"normativeDocuments", "规范性文件"}});
        triple(rows, "第二十条第（五）项", List.of(col("previousCount"), col("change"), "处理决定数量"),
                List.of("previousCount", "change", "decisions"), a,
                new String[][]{{"licensing", row("licensing")}, {"otherServices", row("otherServices")}});
        triple(rows, "第二十条第（六）项", List.of(col("previousCount"), col("change"), "处理决定数量"),
                List.of("previousCount", "change", "decisions"), a,
                new String[][]{{"punishment", row("punishment")}, {"coercion", row("coercion")}});
        rows.add(List.of(Cell.header("第二十条第（八）项", 1, 4)));
        rows.add(List.of(Cell.header("信息内容", 1, 1), Cell.header(col("previousCount"), 1, 1), Cell.header(col("change"), 1, 2)));
        rows.add(List.of(Cell.label(row("fees"), 1, 1, "fees"), Cell.value(v(get(a, "fees", "previousCount")), "fees", "previousCount"),
                Cell.value(v(get(a, "fees", "change")), 2, "fees", "change")));
        rows.add(List.of(Cell.header("第二十条第（九）项", 1, 4)));
        rows.add(List.of(Cell.header("信息内容", 1, 1), Cell.header(col("projects"), 1, 1), Cell.header(col("totalAmount"), 1, 2)));
        rows.add(List.of(Cell.label(row("procurement"), 1, 1, "procurement"),
                Cell.value(v(get(a, "procurement", "projects")), "procurement", "projects"),
                Cell.value(v(get(a, "procurement", "totalAmount")), 2, "procurement", "totalAmount")));
        return new Table(2, TemplateKeys.TABLE_ACTIVE, 2, rows);
    }

    private static void triple(List<List<Cell>> rows, String article, List<String> colLabels, List<String> cols,
                               Map<String, Map<String, BigDecimal>> a, String[][] items) {
        rows.add(List.of(Cell.header(article, 1, 4)));
        List<Cell> h = new ArrayList<>();
        h.add(Cell.header("信息内容", 1, 1));
        for (String c : colLabels) {
            h.add(Cell.header(c, 1, 1));
        }
        rows.add(h);
        for (String[] it : items) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.label(it[1], 1, 1, it[0]));
            for (String c : cols) {
                row.add(Cell.value(v(get(a, it[0], c)), it[0], c));
            }
            rows.add(row);
        }
    }

    /**
     * The printed rows of a section-三 table: the template's own, or (a 2021 report that mixes generations) the
     * 2019 layout with one （六）其他处理 row, when {@code apps} holds exactly those rows.
     */
    public static List<String> applicationRowKeys(String template, Map<String, List<BigDecimal>> apps) {
        if (apps != null) {
            for (List<String> v : Rows.applicationRowVariants(template)) {
                if (apps.keySet().equals(new java.util.HashSet<>(v))) {
                    return v;
                }
            }
        }
        return TemplateKeys.applicationRows(template);
    }

    /** Section 三 of {@code template}: row key -> the seven applicant columns. */
    public static Table applications(String template, Map<String, List<BigDecimal>> apps) {
        List<String> rowsKeys = applicationRowKeys(template, apps);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(ReportGenerator.APP_NOTE, 3, 3, Doc.CellKind.NOTE, null, null), Cell.header("申请人情况", 1, 7)));
        rows.add(List.of(Cell.header(Rows.APPLICANT_COLUMN_LABELS.get(0), 2, 1), Cell.header("法人或其他组织", 1, 5),
                Cell.header(Rows.APPLICANT_COLUMN_LABELS.get(6), 2, 1)));
        List<Cell> h3 = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            h3.add(Cell.header(ReportGenerator.APPLICANT_LABELS.get(i), 1, 1));
        }
        rows.add(h3);
        int resultsSpan = Rows.outcomesOf(rowsKeys).size() + 1;
        String lastGroup = null;
        for (String key : rowsKeys) {
            String[] lab = ReportGenerator.APP_LABELS.get(key);
            List<Cell> row = new ArrayList<>();
            if (key.equals("granted")) {
                row.add(Cell.header(ReportGenerator.APP_RESULTS, resultsSpan, 1));
            }
            boolean inResults = !List.of("newReceived", "carriedOver", "carriedForward").contains(key);
            if (lab[0] == null) {
                row.add(Cell.label(lab[1], 1, inResults ? 2 : 3, key));
            } else {
                if (!lab[0].equals(lastGroup)) {
                    int n = (int) rowsKeys.stream().filter(k -> lab[0].equals(ReportGenerator.APP_LABELS.get(k)[0])).count();
                    row.add(Cell.header(lab[0], n, 1));
                }
                row.add(Cell.label(lab[1], 1, 1, key));
            }
            lastGroup = lab[0];
            List<BigDecimal> vals = apps == null ? null : apps.get(key);
            for (int c = 0; c < 7; c++) {
                BigDecimal x = vals == null || c >= vals.size() ? null : vals.get(c);
                row.add(Cell.value(v(x), key, TemplateKeys.APPLICANT_COLUMNS.get(c)));
            }
            rows.add(row);
        }
        return new Table(3, TemplateKeys.TABLE_APPLICATIONS, 3, rows);
    }

    /** Section 四: group (review, litigationDirect, litigationAfterReview) -> column -> value. */
    public static Table review(Map<String, Map<String, BigDecimal>> review) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("行政复议", 1, 5), Cell.header("行政诉讼", 1, 10)));
        List<Cell> r1 = new ArrayList<>();
        for (String l : ReportGenerator.REVIEW_LABELS) {
            r1.add(Cell.header(l, 2, 1));
        }
        r1.add(Cell.header("未经复议直接起诉", 1, 5));
        r1.add(Cell.header("复议后起诉", 1, 5));
        rows.add(r1);
        List<Cell> r2 = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (String l : ReportGenerator.REVIEW_LABELS) {
                r2.add(Cell.header(l, 1, 1));
            }
        }
        rows.add(r2);
        List<Cell> vals = new ArrayList<>();
        for (String g : TemplateKeys.REVIEW_GROUPS) {
            for (String c : TemplateKeys.REVIEW_COLUMNS) {
                vals.add(Cell.value(v(get(review, g, c)), g, c));
            }
        }
        rows.add(vals);
        return new Table(4, TemplateKeys.TABLE_REVIEW, 3, rows);
    }

    /** The tables of a 2019/2021 record, keyed by section number (2, 3, 4); empty for other templates. */
    public static Map<Integer, Table> of(ReportRecord rec) {
        String t = rec.report == null ? null : rec.report.template;
        if (!TemplateKeys.T2021.equals(t) && !TemplateKeys.T2019.equals(t)) {
            return Map.of();
        }
        return Map.of(2, active(t, rec.activeDisclosure), 3, applications(t, rec.applications),
                4, review(rec.reviewLitigation));
    }
}
