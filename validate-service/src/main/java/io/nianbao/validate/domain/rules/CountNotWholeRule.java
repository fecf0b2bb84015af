package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Rows;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Tables;
import io.nianbao.validate.domain.TextSpans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * COUNT_NOT_WHOLE: a count cell is negative or not whole. fees.amount and procurement.totalAmount may be decimal;
 * the 2019 column 本年增/减 ({@code change}) may be negative (it is a change, not a count) but must be whole.
 */
public final class CountNotWholeRule extends AbstractRule {
    public static final String ID = "COUNT_NOT_WHOLE";

    public CountNotWholeRule() {
        super(ID, Severity.ERROR, "件数不是非负整数", "A count is negative or not a whole number",
                "表格中的件数必须是非负整数（仅 本年收费金额 和 采购总金额 可为小数；2019版 本年增/减 可为负数）。",
                "Every count cell must be a non-negative whole number (only fees.amount and procurement.totalAmount may be "
                        + "decimal; the 2019 column change may be negative).");
    }

    @Override
    public Set<String> templates() {
        return TABLE_TEMPLATES;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        List<ReportRecord.Finding> out = new ArrayList<>();
        if (record.activeDisclosure != null) {
            for (Map.Entry<String, Map<String, BigDecimal>> row : sorted(record.activeDisclosure, TemplateKeys.activeRows(template(record)).keySet())) {
                if (row.getValue() == null) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> cell : row.getValue().entrySet()) {
                    if (TemplateKeys.isDecimalCell(row.getKey(), cell.getKey())) {
                        continue;
                    }
                    check(record, out, TemplateKeys.TABLE_ACTIVE, 2, row.getKey(), cell.getKey(), cell.getValue(),
                            "change".equals(cell.getKey()),
                            Rows.activeLabel(row.getKey(), template(record)) + " " + Rows.activeColumnLabel(cell.getKey()),
                            Rows.activeLabel(row.getKey(), template(record)));
                }
            }
        }
        if (record.applications != null) {
            for (Map.Entry<String, List<BigDecimal>> row : sorted(record.applications, TemplateKeys.APPLICATION_ROWS_2021)) {
                List<BigDecimal> cells = row.getValue();
                if (cells == null) {
                    continue;
                }
                for (int c = 0; c < cells.size() && c < Tables.COLUMNS; c++) {
                    check(record, out, TemplateKeys.TABLE_APPLICATIONS, 3, row.getKey(), TemplateKeys.APPLICANT_COLUMNS.get(c),
                            cells.get(c), false, Rows.applicationLabel(row.getKey()) + " " + Rows.applicantColumnLabel(c), null);
                }
            }
        }
        if (record.reviewLitigation != null) {
            for (Map.Entry<String, Map<String, BigDecimal>> g : sorted(record.reviewLitigation, TemplateKeys.REVIEW_GROUPS)) {
                if (g.getValue() == null) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> cell : g.getValue().entrySet()) {
                    check(record, out, TemplateKeys.TABLE_REVIEW, 4, g.getKey(), cell.getKey(), cell.getValue(), false,
                            Rows.reviewGroupLabel(g.getKey()) + " " + Rows.reviewColumnLabel(cell.getKey()), null);
                }
            }
        }
        return out;
    }

    private void check(ReportRecord record, List<ReportRecord.Finding> out, String table, int section, String row,
                       String column, BigDecimal value, boolean mayBeNegative, String labelZh, String phrase) {
        if (value == null || io.nianbao.validate.domain.Doubt.of(record).cell(table, row, column)) {
            return;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        boolean negative = value.signum() < 0 && !mayBeNegative;
        if (whole && !negative) {
            return;
        }
        String whyZh = !whole ? "不是整数" : "为负数";
        String whyEn = !whole ? "is not a whole number" : "is negative";
        Optional<TextSpans.Span> span = TextSpans.sectionSpan(record, section);
        if (span.isPresent()) {
            Optional<TextSpans.Span> exact = Optional.empty();
            if (phrase != null) {
                exact = TextSpans.find(record.text, span.get(), phrase);
            }
            if (exact.isEmpty() && TemplateKeys.TABLE_APPLICATIONS.equals(table)) {
                exact = Tables.appRowSpan(record, row);
            }
            if (exact.isPresent()) {
                span = Optional.of(TextSpans.around(exact.get(), span.get(), 80));
            }
        }
        out.add(finding(record)
                .message(TextSpans.numeral(section) + "、" + labelZh + "：" + Num.fmt(value) + " " + whyZh + "（件数应为非负整数）",
                        "Section " + TextSpans.numeral(section) + ", " + row + "." + column + ": " + Num.fmt(value) + " " + whyEn
                                + " (a count must be a non-negative whole number)")
                .section(section)
                .cell(table, row, column)
                .span(span)
                .fallbackEvidence(table + ": " + row + "." + column + "=" + Num.fmt(value))
                .expected("a non-negative whole number")
                .actual(Num.fmt(value))
                .build());
    }

    /** Entries in template order first, then any others by key: a deterministic order. */
    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map, java.util.Collection<String> order) {
        List<String> keys = new ArrayList<>(order);
        List<Map.Entry<String, V>> out = new ArrayList<>();
        for (String k : keys) {
            if (map.containsKey(k)) {
                out.add(new java.util.AbstractMap.SimpleEntry<>(k, map.get(k)));
            }
        }
        map.keySet().stream().filter(k -> !keys.contains(k)).sorted()
                .forEach(k -> out.add(new java.util.AbstractMap.SimpleEntry<>(k, map.get(k))));
        return out;
    }
}
