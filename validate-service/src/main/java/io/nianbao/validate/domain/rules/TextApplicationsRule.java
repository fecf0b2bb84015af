package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** TEXT_APPLICATIONS: the text states how many applications were received and section 三 says otherwise. */
public final class TextApplicationsRule extends AbstractRule {
    public static final String ID = "TEXT_APPLICATIONS";

    public TextApplicationsRule() {
        super(ID, Severity.WARNING, "正文申请数与表格不符", "Stated applications differ from the table",
                "正文所述收到申请件数（收到…申请N件；未收到…申请 即0件）应等于第三部分 本年新收 总计。",
                "The number of applications the text states (收到…申请N件; 未收到…申请 = 0) must equal section 三 "
                        + "newReceived.total.");
    }

    @Override
    public Set<String> templates() {
        return TABLE_TEMPLATES;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        var row = Tables.appRow(record, "newReceived");
        if (row.isEmpty()) {
            return List.of();
        }
        BigDecimal table = row.get().get(Tables.TOTAL_COLUMN);
        List<ReportRecord.Finding> out = new ArrayList<>();
        Set<BigDecimal> reported = new HashSet<>();
        for (ReportRecord.StatedFigure f : Figures.withKey(record, FigureKeys.APPLICATIONS_RECEIVED)) {
            if (Num.same(f.value, table) || !reported.add(f.value.stripTrailingZeros())) {
                continue;
            }
            String diff = Num.fmt(f.value.subtract(Num.v(table)).abs());
            var b = finding(record)
                    .message("正文称收到申请 " + Num.fmt(f.value) + " 件，第三部分 本年新收 总计为 " + Num.zh(table) + "（差 " + diff + "）",
                            "The text states " + Num.fmt(f.value) + " application(s) received; section 三 newReceived.total is "
                                    + Num.en(table) + " (difference " + diff + ")")
                    .section(1)
                    .cell(TemplateKeys.TABLE_APPLICATIONS, "newReceived", "total")
                    .expected(Num.fmt(table))
                    .actual(Num.fmt(f.value));
            out.add(Figures.at(b, record, f)
                    .fallbackEvidence(FigureKeys.APPLICATIONS_RECEIVED + "=" + Num.fmt(f.value)).build());
        }
        return out;
    }
}
