package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Rows;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Doubt;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** APP_TOTAL_ROW: per column total = the sum of the outcome rows (予以公开 … 其他处理). */
public final class AppTotalRowRule extends AbstractRule {
    public static final String ID = "APP_TOTAL_ROW";
    private static final List<String> REQUIRED = List.of("granted", "partiallyGranted");

    public AppTotalRowRule() {
        super(ID, Severity.ERROR, "办理结果总计与各项之和不符", "Outcome total is not the sum of the outcomes",
                "第三部分每一列：（七）总计 应等于（一）至（六）各办理结果之和。空格按0计。",
                "Section 三, per column: total must equal the sum of all outcome rows (granted … other*). Empty cells count as 0.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public Set<String> templates() {
        return TABLE_TEMPLATES;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        Optional<List<BigDecimal>> total = Tables.appRow(record, "total");
        List<String> outcomes = Tables.outcomeRowsPresent(record);
        if (total.isEmpty() || !outcomes.containsAll(REQUIRED)) {
            return List.of();
        }
        Doubt doubt = Doubt.of(record);
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (int c = 0; c < Tables.COLUMNS; c++) {
            String column = TemplateKeys.APPLICANT_COLUMNS.get(c);
            if (doubt.cell(TemplateKeys.TABLE_APPLICATIONS, "total", column) || outcomes.stream()
                    .anyMatch(o -> doubt.cell(TemplateKeys.TABLE_APPLICATIONS, o, column))) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            StringBuilder nonZero = new StringBuilder();
            for (String row : outcomes) {
                BigDecimal v = Num.cell(Tables.appRow(record, row).orElseThrow(), c);
                sum = sum.add(v);
                if (v.signum() != 0) {
                    nonZero.append(nonZero.isEmpty() ? "" : " + ").append(row).append(' ').append(Num.fmt(v));
                }
            }
            BigDecimal t = total.get().get(c);
            if (Num.v(t).compareTo(sum) == 0) {
                continue;
            }
            String col = TemplateKeys.APPLICANT_COLUMNS.get(c);
            String parts = nonZero.isEmpty() ? "0" : nonZero.toString();
            String diff = Num.fmt(Num.v(t).subtract(sum).abs());
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            cells.put("total." + col, t);
            cells.put("sum(outcomes)." + col, sum);
            out.add(finding(record)
                    .message("三、" + Rows.applicantColumnLabel(c) + "列：（七）总计 " + Num.zh(t) + " ≠ 各办理结果之和 " + Num.fmt(sum)
                                    + "（" + parts + "；差 " + diff + "）",
                            "Section 三, column " + col + ": total " + Num.en(t) + " ≠ sum of the outcome rows "
                                    + Num.fmt(sum) + " (" + parts + "; difference " + diff + ")")
                    .section(3)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "total", col)
                    .span(Tables.appRowSpan(record, "total"))
                    .fallbackEvidence(Tables.cellEvidence(TemplateKeys.TABLE_APPLICATIONS, cells))
                    .expected(Num.fmt(sum))
                    .actual(Num.fmt(t))
                    .build());
        }
        return out;
    }
}
