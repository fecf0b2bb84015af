package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Breakdowns;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * TEXT_BREAKDOWN: a stated total with an explicit breakdown (共N条，其中A条…B条…; 第一季度…第四季度…) whose parts do
 * not add up to it. Parts given as shares (占61.5%) are not counted; parts in mixed units or in another unit than the
 * total are a list of highlights, not a breakdown, and are not checked. The parts must be a breakdown of that total
 * in the text ({@link Breakdowns}: a 其中/分别为/包括 list right after the total, or the four quarters); a 其中-list
 * whose parts reach less than half of the total names a selection and is not checked, unless the wording is
 * exhaustive (分别为, quarters); parts that exceed the total are always wrong.
 */
public final class TextBreakdownRule extends AbstractRule {
    public static final String ID = "TEXT_BREAKDOWN";

    public TextBreakdownRule() {
        super(ID, Severity.WARNING, "正文分项之和与总数不符", "Stated breakdown does not add up",
                "正文给出总数及其分项（紧随总数的 其中/分别为/包括 所列同一量词的分项；第一季度…第四季度…）时，分项之和应等于总数。",
                "Where the text states a total with an explicit breakdown (共N条，其中A条…B条…; 第一季度…第四季度…), "
                        + "the parts must add up to the total.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        List<ReportRecord.Finding> out = new ArrayList<>();
        // any stated total with parts counts (key breakdown, or e.g. activeDisclosedCount with its 其中… parts)
        List<ReportRecord.StatedFigure> totals = record.figures == null ? List.of() : record.figures.stream()
                .filter(f -> f != null && f.value != null && f.parts != null && !f.parts.isEmpty())
                .sorted(java.util.Comparator.comparingInt((ReportRecord.StatedFigure f) -> f.start).thenComparingInt(f -> f.end))
                .toList();
        for (ReportRecord.StatedFigure f : totals) {
            var bd = Breakdowns.of(record, f);
            if (bd.isEmpty()) {
                continue;
            }
            List<ReportRecord.StatedFigure> parts = bd.get().parts();
            BigDecimal sum = bd.get().sum();
            int cmp = sum.compareTo(f.value);
            // a 其中-list may name only the main items: below half of the total it is a selection, not a breakdown
            boolean sure = cmp > 0 || bd.get().exhaustive() || sum.multiply(BigDecimal.valueOf(2)).compareTo(f.value) >= 0;
            if (cmp == 0 || !sure) {
                continue;
            }
            List<String> terms = parts.stream().map(p -> Num.fmt(p.value)).toList();
            String shown = terms.size() <= 24 ? String.join("+", terms) : String.join("+", terms.subList(0, 24)) + "+…";
            String label = f.label == null || f.label.isBlank() ? "" : f.label;
            String diff = Num.fmt(f.value.subtract(sum).abs());
            String unit = f.unit == null ? "" : f.unit;
            var b = finding(record)
                    .message("正文" + (label.isEmpty() ? "" : "「" + label + "」") + "共 " + Num.fmt(f.value) + unit + "，其 "
                                    + parts.size() + " 个分项之和为 " + shown + " = " + Num.fmt(sum) + unit + "（差 " + diff + "）",
                            "The text states " + (label.isEmpty() ? "a total" : label) + " of " + Num.fmt(f.value)
                                    + " but its " + parts.size() + " parts add up to " + shown + " = " + Num.fmt(sum)
                                    + " (difference " + diff + ")")
                    .expected(Num.fmt(f.value))
                    .actual(Num.fmt(sum));
            out.add(Figures.at(b, record, f).fallbackEvidence("breakdown " + Num.fmt(f.value) + " = " + shown).build());
        }
        return out;
    }

}
