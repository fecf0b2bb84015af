package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Quantities;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Doubt;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Stated;
import io.nianbao.validate.domain.Tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * TEXT_APPLICATIONS: the text states how many applications were received in the year and section 三's
 * newReceived.total says otherwise. Decides only when sure: the stated figure must mean "received in the year"
 * (template model {@link Quantities#APPLICATIONS_RECEIVED}: not 含上年结转, not 办结/答复, not a subset such as 网上申请),
 * and the cell must be one the parser read without doubt (no parse note on it) and not blank. When the text states
 * the quantity several times and one statement agrees with the table, the others count something else.
 */
public final class TextApplicationsRule extends AbstractRule {
    public static final String ID = "TEXT_APPLICATIONS";

    public TextApplicationsRule() {
        super(ID, Severity.WARNING, "正文申请数与表格不符", "Stated applications differ from the table",
                "正文所述本年收到申请件数（收到…申请N件；未收到…申请 即0件；不含上年结转、不是办结数）应等于第三部分 本年新收 总计；"
                        + "表格该格须为解析器确定读出的数值。",
                "The number of applications the text states as received in the year (收到…申请N件; 未收到…申请 = 0; not "
                        + "including carried-over ones, not the number handled) must equal section 三 newReceived.total, "
                        + "read by the parser without doubt.");
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
        var row = Tables.appRow(record, "newReceived");
        if (row.isEmpty() || Doubt.of(record).cell(TemplateKeys.TABLE_APPLICATIONS, "newReceived", "total")) {
            return List.of();
        }
        BigDecimal table = row.get().get(Tables.TOTAL_COLUMN);
        if (table == null) {
            return List.of(); // a blank total is APP_TOTAL_COLUMN's business, not a count to compare with
        }
        List<ReportRecord.StatedFigure> stated = Stated.of(record, Quantities.APPLICATIONS_RECEIVED);
        if (stated.isEmpty() || stated.stream().anyMatch(f -> Num.same(f.value, table))) {
            return List.of();
        }
        ReportRecord.StatedFigure f = stated.get(0);
        String diff = Num.fmt(f.value.subtract(table).abs());
        var b = finding(record)
                .message("正文称收到申请 " + Num.fmt(f.value) + " 件，第三部分 本年新收 总计为 " + Num.fmt(table) + "（差 " + diff + "）",
                        "The text states " + Num.fmt(f.value) + " application(s) received; section 三 newReceived.total is "
                                + Num.fmt(table) + " (difference " + diff + ")")
                .section(1)
                .cell(TemplateKeys.TABLE_APPLICATIONS, "newReceived", "total")
                .expected(Num.fmt(table))
                .actual(Num.fmt(f.value));
        return List.of(Figures.at(b, record, f)
                .fallbackEvidence(FigureKeys.APPLICATIONS_RECEIVED + "=" + Num.fmt(f.value)).build());
    }
}
