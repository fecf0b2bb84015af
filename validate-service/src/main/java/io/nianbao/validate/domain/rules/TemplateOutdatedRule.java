package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.List;
import java.util.Optional;

/**
 * TEMPLATE_OUTDATED: a report of year ≥ 2021 on the 2019 template, or a report of year ≥ 2020 without the standard
 * tables (2008 template, or unknown template and no table found). 2019 reports may deviate (the 2019 notice only
 * encouraged the format), and reports of 2018 and before are on the 2008 template by right.
 */
public final class TemplateOutdatedRule extends AbstractRule {
    public static final String ID = "TEMPLATE_OUTDATED";

    public TemplateOutdatedRule() {
        super(ID, Severity.ERROR, "使用了过时的报告格式", "Outdated report template",
                "2021年度及以后的报告应使用国办公开办函〔2021〕30号格式；2020年度及以后的报告应有标准表格（2019年度报告可不同）。",
                "Reports of 2021 onward must use the 2021 template (国办公开办函〔2021〕30号); reports of 2020 onward must "
                        + "have the standard tables (2019 reports may deviate).");
    }

    @Override
    public Integer fromYear() {
        return 2020;
    }

    /**
     * Words of the 2019/2021 outline and tables: a report that has them follows the new format even when no table
     * could be read (tables printed as images, a page that lost them): not sure enough for an error.
     */
    private static final java.util.regex.Pattern NEW_OUTLINE = java.util.regex.Pattern.compile(
            "收到和处理政府信息公开申请|本年新收|上年结转|结果维持|结果纠正|尚未审结|本年制发件数|本年新制作数量");

    private static String text(ReportRecord record) {
        return record.text == null ? "" : record.text;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        int year = year(record);
        String template = template(record);
        boolean noTables = record.activeDisclosure == null && record.applications == null && record.reviewLitigation == null;
        String zh;
        String en;
        String expected;
        if (year >= 2021 && TemplateKeys.T2019.equals(template)) {
            zh = year + "年度报告使用了2019版格式（国办公开办函〔2019〕60号），应使用2021版格式（国办公开办函〔2021〕30号）";
            en = "A " + year + " report on the 2019 template; reports of 2021 onward must use the 2021 template";
            expected = "2021";
        } else if (TemplateKeys.T2008.equals(template)
                || (TemplateKeys.UNKNOWN.equals(template) && noTables && !NEW_OUTLINE.matcher(text(record)).find())) {
            zh = year + "年度报告没有标准表格（" + ("2008".equals(template) ? "2008年旧格式" : "格式不明") + "），应使用"
                    + (year >= 2021 ? "2021版" : "2019版或2021版") + "格式";
            en = "A " + year + " report without the standard tables (template " + template + "); it must use the "
                    + (year >= 2021 ? "2021" : "2019 or 2021") + " template";
            expected = year >= 2021 ? "2021" : "2019";
        } else {
            return List.of();
        }
        Optional<TextSpans.Span> where = TextSpans.sectionSpan(record, 2)
                .map(s -> new TextSpans.Span(s.start(), Math.min(s.end(), s.start() + 120)))
                .or(() -> TextSpans.titleSpan(record));
        return List.of(finding(record)
                .message(zh, en)
                .section(where.isPresent() && TextSpans.sectionSpan(record, 2).isPresent() ? 2 : null)
                .span(where)
                .fallbackEvidence("template=" + template + ", reportYear=" + year)
                .expected("template " + expected)
                .actual("template " + template)
                .build());
    }
}
