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
import java.util.Set;

/** APP_TOTAL_COLUMN: in every section-三 row the 总计 column is the sum of the six applicant columns. */
public final class AppTotalColumnRule extends AbstractRule {
    public static final String ID = "APP_TOTAL_COLUMN";

    public AppTotalColumnRule() {
        super(ID, Severity.ERROR, "总计列与各类申请人之和不符", "Total column is not the sum of the applicants",
                "第三部分每一行：总计列 应等于 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 六列之和。空格按0计。",
                "Section 三, per row: the total column must equal the sum of the six applicant columns. Empty cells count as 0.");
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
        if (record.applications == null) {
            return List.of();
        }
        List<String> order = new ArrayList<>(TemplateKeys.APPLICATION_ROWS_2021);
        order.add(order.indexOf("total"), "otherHandling");
        Doubt doubt = Doubt.of(record);
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (String rowKey : order) {
            List<BigDecimal> row = Tables.appRow(record, rowKey).orElse(null);
            if (row == null || doubt.row(TemplateKeys.TABLE_APPLICATIONS, rowKey)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < Tables.TOTAL_COLUMN; c++) {
                sum = sum.add(Num.cell(row, c));
                parts.add(Num.fmt(Num.cell(row, c)));
            }
            BigDecimal total = row.get(Tables.TOTAL_COLUMN);
            if (Num.v(total).compareTo(sum) == 0) {
                continue;
            }
            String diff = Num.fmt(Num.v(total).subtract(sum).abs());
            String joined = String.join(" + ", parts);
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            for (int c = 0; c < Tables.COLUMNS; c++) {
                cells.put(rowKey + "." + TemplateKeys.APPLICANT_COLUMNS.get(c), row.get(c));
            }
            var b = finding(record)
                    .message("三、" + Rows.applicationLabel(rowKey) + "：总计 " + Num.zh(total) + " ≠ 六类申请人之和 " + joined + " = "
                                    + Num.fmt(sum) + "（差 " + diff + "）",
                            "Section 三, row " + rowKey + ": total " + Num.en(total) + " ≠ sum of the six applicant columns "
                                    + joined + " = " + Num.fmt(sum) + " (difference " + diff + ")")
                    .section(3);
            for (String col : TemplateKeys.APPLICANT_COLUMNS) {
                b.cell(TemplateKeys.TABLE_APPLICATIONS, rowKey, col);
            }
            out.add(b.span(Tables.appRowSpan(record, rowKey))
                    .fallbackEvidence(Tables.cellEvidence(TemplateKeys.TABLE_APPLICATIONS, cells))
                    .expected(Num.fmt(sum))
                    .actual(Num.fmt(total))
                    .build());
        }
        return out;
    }
}
