package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SECTION_MISSING (2019/2021 templates): one of the six sections 一…六 is absent. A section is present when the
 * parser gave it, or a section title carries its keywords, or the text has its heading (三、…申请) — number and
 * keywords, not the exact title.
 */
public final class SectionMissingRule extends AbstractRule {
    public static final String ID = "SECTION_MISSING";
    static final Map<Integer, String> NAMES = Map.of(1, "总体情况", 2, "主动公开政府信息情况", 3, "收到和处理政府信息公开申请情况",
            4, "政府信息公开行政复议、行政诉讼情况", 5, "存在的主要问题及改进情况", 6, "其他需要报告的事项");
    private static final Map<Integer, Pattern> KEYWORDS = Map.of(
            1, Pattern.compile("总体情况|概述|总体"),
            2, Pattern.compile("主动公开"),
            3, Pattern.compile("收到和处理|依申请|公开申请"),
            4, Pattern.compile("复议|诉讼"),
            5, Pattern.compile("问题|改进|整改"),
            6, Pattern.compile("其他需要报告|其他需报告|其他事项|需要报告"));

    public SectionMissingRule() {
        super(ID, Severity.WARNING, "缺少规定章节", "A required section is missing",
                "2019版、2021版格式的报告应有六个部分：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 "
                        + "四、行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项（按序号和关键词识别，不要求标题完全一致）。",
                "Reports on the 2019 and 2021 templates have six sections 一…六 (matched by number and keywords, not the "
                        + "exact title); one is absent.");
    }

    @Override
    public Set<String> templates() {
        return Set.of(TemplateKeys.T2019, TemplateKeys.T2021);
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        List<Integer> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            if (present(record, n)) {
                found.add(TextSpans.numeral(n));
            } else {
                missing.add(n);
            }
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (int n : missing) {
            String expectedZh = TextSpans.numeral(n) + "、" + NAMES.get(n);
            Optional<TextSpans.Span> where = gap(record, n);
            out.add(finding(record)
                    .message("缺少第" + TextSpans.numeral(n) + "部分「" + expectedZh + "」（找到的部分：" + String.join("、", found) + "）",
                            "Section " + TextSpans.numeral(n) + " (" + NAMES.get(n) + ") is missing (sections found: "
                                    + String.join(", ", found) + ")")
                    .section(n)
                    .span(where)
                    .fallbackEvidence("sections found: " + String.join("、", found))
                    .expected(expectedZh)
                    .actual("absent")
                    .build());
        }
        return out;
    }

    private static boolean present(ReportRecord record, int n) {
        Pattern k = KEYWORDS.get(n);
        if (record.sections != null) {
            for (ReportRecord.Section s : record.sections) {
                if (s.number == n) {
                    return true;
                }
                if (s.title != null && k.matcher(s.title).find()) {
                    return true;
                }
            }
        }
        if (record.text == null) {
            return false;
        }
        Pattern heading = Pattern.compile("(^|[\\s#*|])" + TextSpans.numeral(n) + "\\s*[、，,.．]\\s*[^\\n]{0,30}?(" + k.pattern() + ")");
        return heading.matcher(record.text).find();
    }

    /** Where the section should stand: from the end of the one before to the start of the one after. */
    private static Optional<TextSpans.Span> gap(ReportRecord record, int n) {
        Optional<TextSpans.Span> before = n > 1 ? TextSpans.sectionSpan(record, n - 1) : Optional.empty();
        Optional<TextSpans.Span> after = Optional.empty();
        for (int m = n + 1; m <= 6 && after.isEmpty(); m++) {
            after = TextSpans.sectionSpan(record, m);
        }
        if (before.isPresent() && after.isPresent() && before.get().end() <= after.get().start()) {
            int s = Math.max(before.get().start(), before.get().end() - 60);
            int e = Math.min(after.get().end(), after.get().start() + 60);
            return Optional.of(new TextSpans.Span(s, e));
        }
        if (after.isPresent()) {
            return Optional.of(new TextSpans.Span(after.get().start(), Math.min(after.get().end(), after.get().start() + 60)));
        }
        if (before.isPresent()) {
            return Optional.of(new TextSpans.Span(Math.max(before.get().start(), before.get().end() - 120), before.get().end()));
        }
        return TextSpans.titleSpan(record);
    }
}
