package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Tables;
import io.nianbao.validate.domain.TextSpans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** EMPTY_CELLS (info, once per table): the table has empty cells, which the arithmetic took as 0. */
public final class EmptyCellsRule extends AbstractRule {
    public static final String ID = "EMPTY_CELLS";
    private static final int LISTED = 12;

    public EmptyCellsRule() {
        super(ID, Severity.INFO, "表格有空格（按0计）", "Empty cells (taken as 0)",
                "表格中有空白单元格；算术检查按0计算。每张表只报告一次，并列出空格位置。",
                "The table has empty cells; the arithmetic took them as 0. Reported once per table, listing the cells.");
    }

    @Override
    public Set<String> templates() {
        return TABLE_TEMPLATES;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        List<ReportRecord.Finding> out = new ArrayList<>();
        List<ReportRecord.CellRef> active = new ArrayList<>();
        if (record.activeDisclosure != null) {
            new TreeMap<>(order(record.activeDisclosure, TemplateKeys.activeRows(template(record)).keySet())).forEach((i, row) -> {
                Map<String, BigDecimal> cells = record.activeDisclosure.get(row);
                if (cells != null) {
                    cells.forEach((col, v) -> {
                        if (v == null) {
                            active.add(new ReportRecord.CellRef(TemplateKeys.TABLE_ACTIVE, row, col));
                        }
                    });
                }
            });
        }
        List<ReportRecord.CellRef> apps = new ArrayList<>();
        if (record.applications != null) {
            List<String> rows = new ArrayList<>(TemplateKeys.APPLICATION_ROWS_2021);
            rows.add(rows.indexOf("total"), "otherHandling");
            for (String row : rows) {
                List<BigDecimal> cells = record.applications.get(row);
                if (cells == null) {
                    continue;
                }
                for (int c = 0; c < Tables.COLUMNS; c++) {
                    if (c >= cells.size() || cells.get(c) == null) {
                        apps.add(new ReportRecord.CellRef(TemplateKeys.TABLE_APPLICATIONS, row, TemplateKeys.APPLICANT_COLUMNS.get(c)));
                    }
                }
            }
        }
        List<ReportRecord.CellRef> review = new ArrayList<>();
        if (record.reviewLitigation != null) {
            for (String g : TemplateKeys.REVIEW_GROUPS) {
                Map<String, BigDecimal> cells = record.reviewLitigation.get(g);
                if (cells == null) {
                    continue;
                }
                for (String col : TemplateKeys.REVIEW_COLUMNS) {
                    if (cells.containsKey(col) && cells.get(col) == null) {
                        review.add(new ReportRecord.CellRef(TemplateKeys.TABLE_REVIEW, g, col));
                    }
                }
            }
        }
        add(record, out, 2, TemplateKeys.TABLE_ACTIVE, active);
        add(record, out, 3, TemplateKeys.TABLE_APPLICATIONS, apps);
        add(record, out, 4, TemplateKeys.TABLE_REVIEW, review);
        return out;
    }

    private static Map<Integer, String> order(Map<String, ?> table, Set<String> templateOrder) {
        Map<Integer, String> out = new TreeMap<>();
        List<String> known = new ArrayList<>(templateOrder);
        List<String> others = table.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
        for (String k : table.keySet()) {
            int i = known.indexOf(k);
            out.put(i >= 0 ? i : known.size() + others.indexOf(k), k);
        }
        return out;
    }

    private void add(ReportRecord record, List<ReportRecord.Finding> out, int section, String table,
                     List<ReportRecord.CellRef> cells) {
        if (cells.isEmpty()) {
            return;
        }
        List<String> names = cells.stream().map(c -> c.row + "." + c.column).toList();
        String listed = String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
                + (names.size() > LISTED ? " …" : "");
        var b = finding(record)
                .message(TextSpans.numeral(section) + "、表格有 " + cells.size() + " 个空格，算术检查按0计：" + listed,
                        "Section " + TextSpans.numeral(section) + " table " + table + " has " + cells.size()
                                + " empty cell(s), taken as 0 in the arithmetic: " + listed)
                .section(section)
                .span(TextSpans.sectionSpan(record, section))
                .fallbackEvidence(table + ": empty " + listed)
                .expected("a number in every cell")
                .actual(cells.size() + " empty");
        cells.forEach(c -> b.cell(c.table, c.row, c.column));
        out.add(b.build());
    }
}
