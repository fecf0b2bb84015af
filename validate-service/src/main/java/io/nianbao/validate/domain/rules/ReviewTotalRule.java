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

/** REVIEW_TOTAL: in each group of section 四, total = upheld + corrected + other + pending. */
public final class ReviewTotalRule extends AbstractRule {
    public static final String ID = "REVIEW_TOTAL";
    private static final List<String> PARTS = List.of("upheld", "corrected", "other", "pending");
    private static final Map<String, String[]> PHRASES = Map.of(
            "review", new String[] {"行政复议"},
            "litigationDirect", new String[] {"未经复议直接起诉"},
            "litigationAfterReview", new String[] {"复议后起诉"});

    public ReviewTotalRule() {
        super(ID, Severity.ERROR, "复议诉讼总计与各项之和不符", "Review/litigation total is not the sum of its results",
                "第四部分 行政复议、未经复议直接起诉、复议后起诉 各组：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结。空格按0计。",
                "Section 四, in each of review / litigationDirect / litigationAfterReview: total must equal upheld + corrected "
                        + "+ other + pending. Empty cells count as 0.");
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
        Doubt doubt = Doubt.of(record);
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (String group : TemplateKeys.REVIEW_GROUPS) {
            Map<String, BigDecimal> g = Tables.reviewGroup(record, group);
            if (g == null || g.isEmpty() || !g.containsKey("total") || doubt.row(TemplateKeys.TABLE_REVIEW, group)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (String p : PARTS) {
                sum = sum.add(Num.v(g.get(p)));
                parts.add(Num.fmt(g.get(p)));
            }
            BigDecimal total = g.get("total");
            if (Num.v(total).compareTo(sum) == 0) {
                continue;
            }
            String diff = Num.fmt(Num.v(total).subtract(sum).abs());
            String joined = String.join(" + ", parts);
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            for (String c : TemplateKeys.REVIEW_COLUMNS) {
                cells.put(group + "." + c, g.get(c));
            }
            var b = finding(record)
                    .message("四、" + Rows.reviewGroupLabel(group) + "：总计 " + Num.zh(total) + " ≠ 结果维持+结果纠正+其他结果+尚未审结 "
                                    + joined + " = " + Num.fmt(sum) + "（差 " + diff + "）",
                            "Section 四, " + group + ": total " + Num.en(total) + " ≠ upheld + corrected + other + pending "
                                    + joined + " = " + Num.fmt(sum) + " (difference " + diff + ")")
                    .section(4);
            for (String c : TemplateKeys.REVIEW_COLUMNS) {
                b.cell(TemplateKeys.TABLE_REVIEW, group, c);
            }
            out.add(b.span(Tables.sectionOrPhrase(record, 4, PHRASES.get(group)))
                    .fallbackEvidence(Tables.cellEvidence(TemplateKeys.TABLE_REVIEW, cells))
                    .expected(Num.fmt(sum))
                    .actual(Num.fmt(total))
                    .build());
        }
        return out;
    }
}
