package io.nianbao.validate.domain.rules;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEXT_REVIEW: the text says there was no 行政复议 / 行政诉讼 while section 四 has a non-zero total, or the text states a
 * count that section 四 does not have. Litigation compares with litigationDirect.total + litigationAfterReview.total.
 * Decides only when sure: a stated count must be about the agency's disclosure (it says none, or 公开 / 被申请 /
 * 被提起 stand in its label or quote, or it stands in section 四: a 司法局's 行政复议 caseload is its adjudication
 * work, not reviews of its disclosure), and the section-四 cells must be read without doubt and not blank.
 */
public final class TextReviewRule extends AbstractRule {
    public static final String ID = "TEXT_REVIEW";
    /** The agency is the respondent of the review / suit about its disclosure (not a reviewing body's caseload). */
    private static final Pattern DISCLOSURE = Pattern.compile("公开|被申请|被提起|被诉|被起诉|涉及本机关");

    public TextReviewRule() {
        super(ID, Severity.WARNING, "正文复议诉讼情况与表格不符", "Stated review/litigation differs from the table",
                "正文称未发生政府信息公开行政复议/行政诉讼而第四部分总计不为0，或正文所述件数与第四部分总计不符（表格须为确定读出的数值）。",
                "The text says there was no 行政复议 / 行政诉讼 about information disclosure while section 四 has a "
                        + "non-zero total, or it states a count that differs from section 四 (cells read without doubt).");
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
        if (record.reviewLitigation == null) {
            return List.of();
        }
        Doubt doubt = Doubt.of(record);
        List<ReportRecord.Finding> out = new ArrayList<>();
        Map<String, BigDecimal> review = Tables.reviewGroup(record, "review");
        if (review != null && review.get("total") != null && !doubt.row(TemplateKeys.TABLE_REVIEW, "review")) {
            compare(record, out, Stated.of(record, Quantities.REVIEW_COUNT, "reviewNone"), review.get("total"),
                    "行政复议", "administrative review", List.<String[]>of(new String[] {"review", "total"}));
        }
        Map<String, BigDecimal> direct = Tables.reviewGroup(record, "litigationDirect");
        Map<String, BigDecimal> after = Tables.reviewGroup(record, "litigationAfterReview");
        if (direct != null && after != null && direct.get("total") != null && after.get("total") != null
                && !doubt.row(TemplateKeys.TABLE_REVIEW, "litigationDirect")
                && !doubt.row(TemplateKeys.TABLE_REVIEW, "litigationAfterReview")) {
            BigDecimal lit = direct.get("total").add(after.get("total"));
            compare(record, out, Stated.of(record, Quantities.LITIGATION_COUNT, "litigationNone"), lit,
                    "行政诉讼", "administrative litigation",
                    List.<String[]>of(new String[] {"litigationDirect", "total"}, new String[] {"litigationAfterReview", "total"}));
        }
        return out;
    }

    private void compare(ReportRecord record, List<ReportRecord.Finding> out, List<ReportRecord.StatedFigure> stated,
                         BigDecimal table, String zh, String en, List<String[]> cells) {
        List<ReportRecord.StatedFigure> usable = stated.stream()
                .filter(f -> f.key.endsWith("None") || said(f).signum() == 0 || Integer.valueOf(4).equals(f.section)
                        || (f.label != null && DISCLOSURE.matcher(f.label).find())
                        || (f.quote != null && DISCLOSURE.matcher(f.quote).find()))
                .toList();
        if (usable.stream().anyMatch(f -> said(f).compareTo(table) == 0)) {
            return; // one statement agrees: the others count something else
        }
        for (ReportRecord.StatedFigure f : usable) {
            BigDecimal said = said(f);
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

    private static BigDecimal said(ReportRecord.StatedFigure f) {
        return f.key.endsWith("None") || f.value == null ? BigDecimal.ZERO : f.value;
    }
}
