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

/** APP_BALANCE: per column newReceived + carriedOver = total + carriedForward. */
public final class AppBalanceRule extends AbstractRule {
    public static final String ID = "APP_BALANCE";

    public AppBalanceRule() {
        super(ID, Severity.ERROR, "申请数量勾稽关系不成立", "Applications do not balance",
                "第三部分每一列：本年新收 + 上年结转 应等于 本年度办理结果总计 + 结转下年度继续办理（表中印明的勾稽关系）。空格按0计。",
                "Section 三, per column: newReceived + carriedOver must equal total + carriedForward (the identity printed "
                        + "in the table). Empty cells count as 0.");
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
        Optional<List<BigDecimal>> nr = Tables.appRow(record, "newReceived");
        Optional<List<BigDecimal>> co = Tables.appRow(record, "carriedOver");
        Optional<List<BigDecimal>> tot = Tables.appRow(record, "total");
        Optional<List<BigDecimal>> cf = Tables.appRow(record, "carriedForward");
        if (nr.isEmpty() || co.isEmpty() || tot.isEmpty() || cf.isEmpty()) {
            return List.of();
        }
        Doubt doubt = Doubt.of(record);
        String t0 = TemplateKeys.TABLE_APPLICATIONS;
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (int c = 0; c < Tables.COLUMNS; c++) {
            String column = TemplateKeys.APPLICANT_COLUMNS.get(c);
            if (doubt.cell(t0, "newReceived", column) || doubt.cell(t0, "carriedOver", column)
                    || doubt.cell(t0, "total", column) || doubt.cell(t0, "carriedForward", column)) {
                continue; // a cell the parser had to guess proves nothing
            }
            BigDecimal a = nr.get().get(c);
            BigDecimal b = co.get().get(c);
            BigDecimal t = tot.get().get(c);
            BigDecimal f = cf.get().get(c);
            BigDecimal left = Num.v(a).add(Num.v(b));
            BigDecimal right = Num.v(t).add(Num.v(f));
            if (left.compareTo(right) == 0) {
                continue;
            }
            String col = TemplateKeys.APPLICANT_COLUMNS.get(c);
            String diff = Num.fmt(left.subtract(right).abs());
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            cells.put("newReceived." + col, a);
            cells.put("carriedOver." + col, b);
            cells.put("total." + col, t);
            cells.put("carriedForward." + col, f);
            out.add(finding(record)
                    .message("三、" + Rows.applicantColumnLabel(c) + "列：本年新收 " + Num.zh(a) + " + 上年结转 " + Num.zh(b) + " = "
                                    + Num.fmt(left) + " ≠ （七）总计 " + Num.zh(t) + " + 结转下年度 " + Num.zh(f) + " = "
                                    + Num.fmt(right) + "（差 " + diff + "）",
                            "Section 三, column " + col + ": newReceived " + Num.en(a) + " + carriedOver " + Num.en(b)
                                    + " = " + Num.fmt(left) + " ≠ total " + Num.en(t) + " + carriedForward " + Num.en(f)
                                    + " = " + Num.fmt(right) + " (difference " + diff + ")")
                    .section(3)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "newReceived", col)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "carriedOver", col)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "total", col)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "carriedForward", col)
                    .span(Tables.appRowSpan(record, "total"))
                    .fallbackEvidence(Tables.cellEvidence(TemplateKeys.TABLE_APPLICATIONS, cells))
                    .expected("total + carriedForward = " + Num.fmt(left))
                    .actual("total + carriedForward = " + Num.fmt(right))
                    .build());
        }
        return out;
    }
}
