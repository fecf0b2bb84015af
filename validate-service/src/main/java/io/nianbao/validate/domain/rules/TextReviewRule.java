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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEXT_REVIEW: the text says there was no 行政复议 / 行政诉讼 while section 四 has a non-zero total, or the text states a
 * count that section 四 does not have. Litigation compares with litigationDirect.total + litigationAfterReview.total.
 */
public final class TextReviewRule extends AbstractRule {
    public static final String ID = "TEXT_REVIEW";

    public TextReviewRule() {
        super(ID, Severity.WARNING, "正文复议诉讼情况与表格不符", "Stated review/litigation differs from the table",
                "正文称未发生行政复议/行政诉讼而第四部分总计不为0，或正文所述件数与第四部分总计不符。",
                "The text says there was no 行政复议 / 行政诉讼 while section 四 has a non-zero total, or it states a count "
                        + "that differs from section 四.");
    }

    @Override
    public Set<String> templates() {
        return TABLE_TEMPLATES;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.reviewLitigation == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        Map<String, BigDecimal> review = Tables.reviewGroup(record, "review");
        if (review != null && review.containsKey("total")) {
            compare(record, out, Figures.withKey(record, FigureKeys.REVIEW_COUNT, "reviewNone"), Num.v(review.get("total")),
                    "行政复议", "administrative review", List.<String[]>of(new String[] {"review", "total"}));
        }
        Map<String, BigDecimal> direct = Tables.reviewGroup(record, "litigationDirect");
        Map<String, BigDecimal> after = Tables.reviewGroup(record, "litigationAfterReview");
        if ((direct != null && direct.containsKey("total")) || (after != null && after.containsKey("total"))) {
            BigDecimal lit = Num.v(direct == null ? null : direct.get("total")).add(Num.v(after == null ? null : after.get("total")));
            compare(record, out, Figures.withKey(record, FigureKeys.LITIGATION_COUNT, "litigationNone"), lit,
                    "行政诉讼", "administrative litigation",
                    List.<String[]>of(new String[] {"litigationDirect", "total"}, new String[] {"litigationAfterReview", "total"}));
        }
        return out;
    }

    private void compare(ReportRecord record, List<ReportRecord.Finding> out, List<ReportRecord.StatedFigure> stated,
                         BigDecimal table, String zh, String en, List<String[]> cells) {
        for (ReportRecord.StatedFigure f : stated) {
            BigDecimal said = f.key.endsWith("None") ? BigDecimal.ZERO : f.value;
            if (said.compareTo(table) == 0) {
                continue;
            }
            String msgZh = said.signum() == 0
                    ? "正文称未发生" + zh + "，第四部分" + zh + "总计为 " + Num.fmt(table)
                    : "正文称" + zh + " " + Num.fmt(said) + " 件，第四部分" + zh + "总计为 " + Num.fmt(table);
            String msgEn = said.signum() == 0
                    ? "The text says there was no " + en + "; section 四 gives a total of " + Num.fmt(table)
                    : "The text states " + Num.fmt(said) + " " + en + " case(s); section 四 gives a total of " + Num.fmt(table);
            var b = finding(record).message(msgZh, msgEn).section(4)
                    .expected(Num.fmt(table)).actual(Num.fmt(said));
            cells.forEach(c -> b.cell(TemplateKeys.TABLE_REVIEW, c[0], c[1]));
            out.add(Figures.at(b, record, f).fallbackEvidence(f.key + "=" + Num.fmt(said)).build());
            return;
        }
    }
}
