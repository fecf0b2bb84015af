package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Sections;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SECTION_MISSING: one of the six sections 一…六 of the outline that the 2019 and 2021 templates prescribe
 * ({@link Sections#prescribesOutline}) is absent; reports of a year before 2019 are never held to that outline (the
 * 2008-era one differs). Present means: the parser gave the section, or the template model's detector
 * ({@link Sections#detect}, the one the parser uses, which also finds headings inside one-line pages) finds it in
 * the text, or its table was read (二, 三, 四), or its statutory title stands numbered anywhere in the text
 * (三、收到和处理政府信息公开申请情况 glued to the digits or the 元 of a flattened table).
 */
public final class SectionMissingRule extends AbstractRule {
    public static final String ID = "SECTION_MISSING";
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
    public Integer fromYear() {
        return 2019;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean appliesTo(ReportRecord record) {
        return Sections.prescribesOutline(template(record)) && super.appliesTo(record);
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        List<Integer> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<ReportRecord.Section> detected = record.text == null ? List.of() : Sections.detect(record.text);
        for (int n = 1; n <= 6; n++) {
            if (present(record, detected, n)) {
                found.add(TextSpans.numeral(n));
            } else {
                missing.add(n);
            }
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (int n : missing) {
            String expectedZh = TextSpans.numeral(n) + "、" + Sections.spec(n).title();
            Optional<TextSpans.Span> where = gap(record, n);
            out.add(finding(record)
                    .message("缺少第" + TextSpans.numeral(n) + "部分「" + expectedZh + "」（找到的部分：" + String.join("、", found) + "）",
                            "Section " + TextSpans.numeral(n) + " (" + Sections.spec(n).title() + ") is missing (sections found: "
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

    private static boolean present(ReportRecord record, List<ReportRecord.Section> detected, int n) {
        if (record.sections != null && record.sections.stream().anyMatch(s -> s.number == n)) {
            return true;
        }
        if (detected.stream().anyMatch(s -> s.number == n)) {
            return true;
        }
        if ((n == 2 && record.activeDisclosure != null) || (n == 3 && record.applications != null)
                || (n == 4 && record.reviewLitigation != null)) {
            return true; // its table was read: the section is there even where its heading was not found
        }
        return record.text != null && numberedTitle(n).matcher(record.text).find();
    }

    /**
     * The statutory title with its number anywhere in the text, whatever stands before it.
     * TODO move to template-model: Sections.detect misses an inline heading glued to a non-digit (…5419886元三、收到和处理…).
     */
    private static Pattern numberedTitle(int n) {
        String variants = Sections.spec(n).titleVariants().pattern().replaceFirst("^\\^", "");
        return Pattern.compile(TextSpans.numeral(n) + "\\s?[、．.]\\s?" + variants);
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
