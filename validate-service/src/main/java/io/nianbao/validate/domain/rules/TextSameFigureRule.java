package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Stated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * TEXT_SAME_FIGURE (info): one quantity stated twice with two values. One quantity = one normalised key of the
 * template model's vocabulary ({@link io.nianbao.template.Quantities#keyOf}): the figure's own key (applicationsReceived,
 * reviewCount, ...) or the vocabulary key its label names. Labels the vocabulary does not know are never paired (two
 * labels that share characters, 机构领导 / 机构设置, are not one quantity). Items of a breakdown and subsets (其中…,
 * 网上…) are not statements of the quantity. Units must agree where both are stated; both statements must stand in
 * the same section.
 */
public final class TextSameFigureRule extends AbstractRule {
    public static final String ID = "TEXT_SAME_FIGURE";
    private static final java.util.regex.Pattern SUBSET = java.util.regex.Pattern.compile("其中|通过|网上|网络|在线|分别|其他|其它");
    /** A running total over several years is another quantity. TODO move to template-model (Quantities exclusions). */
    private static final java.util.regex.Pattern CUMULATIVE = java.util.regex.Pattern.compile(
            "累计|历年|以来|总数|\\d{4}\\s*[-—–~至到]\\s*\\d{4}");
    /** An approximate figure (20余, 500多, 约300) states no exact value to compare. */
    private static final java.util.regex.Pattern APPROXIMATE_AFTER = java.util.regex.Pattern.compile("^\\s*(?:余|多)");
    private static final java.util.regex.Pattern APPROXIMATE_BEFORE = java.util.regex.Pattern.compile("(?:约|近|超过|逾)\\s*$");

    public TextSameFigureRule() {
        super(ID, Severity.INFO, "同一数量前后两个数值", "One quantity stated with two values",
                "正文在两处陈述同一数量（模板词表中的同一指标）却给出不同数值，例如 回应关切111 … 回应社会关切112条。",
                "The text states one quantity (one key of the template vocabulary) twice with two different values, "
                        + "e.g. 回应关切111 … 回应社会关切112条.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.figures == null || record.figures.size() < 2) {
            return List.of();
        }
        List<int[]> partSpans = partSpans(record);
        List<StatedFigure> all = record.figures.stream()
                .filter(Objects::nonNull).filter(f -> f.value != null && Stated.keyOf(f) != null)
                .filter(f -> f.label == null || !SUBSET.matcher(f.label).find())
                .filter(f -> !CUMULATIVE.matcher((f.label == null ? "" : f.label) + " " + (f.quote == null ? "" : f.quote)).find())
                .filter(f -> !approximate(record, f) && !inTable(f))
                .filter(f -> partSpans.stream().noneMatch(s -> f.end > f.start && f.start < s[1] && s[0] < f.end))
                .sorted(java.util.Comparator.comparingInt((StatedFigure f) -> f.start).thenComparingInt(f -> f.end))
                .toList();
        List<ReportRecord.Finding> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                StatedFigure a = all.get(i);
                StatedFigure b = all.get(j);
                if (Num.same(a.value, b.value) || overlap(a, b) || !sameQuantity(a, b)) {
                    continue;
                }
                used.add(i);
                used.add(j);
                out.add(finding(record, a, b));
                break;
            }
        }
        return out;
    }

    private ReportRecord.Finding finding(ReportRecord record, StatedFigure a, StatedFigure b) {
        String qa = Figures.quote(record, a);
        String qb = Figures.quote(record, b);
        String what = a.label != null && !a.label.isBlank() ? a.label : a.key;
        var f = finding(record)
                .message("同一数量「" + what + "」前后数值不同：" + Num.fmt(a.value) + (a.unit == null ? "" : a.unit)
                                + "（「" + qa + "」）与 " + Num.fmt(b.value) + (b.unit == null ? "" : b.unit) + "（「" + qb + "」）",
                        "One quantity (" + what + ") is stated as " + Num.fmt(a.value) + " (\"" + qa + "\") and as "
                                + Num.fmt(b.value) + " (\"" + qb + "\")")
                .expected("one value")
                .actual(Num.fmt(a.value) + " vs " + Num.fmt(b.value));
        if (a.section != null) {
            f.section(a.section);
        }
        if (record.text != null && a.start >= 0 && b.end <= record.text.length() && a.start < b.end) {
            f.span(a.start, b.end);
        }
        f.evidence((qa == null ? Num.fmt(a.value) : qa) + " … " + (qb == null ? Num.fmt(b.value) : qb));
        return f.build();
    }

    /** Spans of the parts of breakdowns: the items of a list are not statements of the quantity. */
    private static List<int[]> partSpans(ReportRecord record) {
        List<int[]> out = new ArrayList<>();
        for (StatedFigure f : record.figures) {
            if (f == null || f.parts == null) {
                continue;
            }
            f.parts.stream().filter(p -> p != null && p.end > p.start).forEach(p -> out.add(new int[] {p.start, p.end}));
        }
        return out;
    }

    private static boolean approximate(ReportRecord record, StatedFigure f) {
        String t = record.text;
        if (t == null || f.end > t.length() || f.start < 0 || f.end <= f.start) {
            return false;
        }
        String num = f.value == null ? null : f.value.stripTrailingZeros().toPlainString();
        int at = num == null ? -1 : t.lastIndexOf(num, f.end);
        if (at < f.start) {
            return false;
        }
        String after = t.substring(at + num.length(), Math.min(t.length(), at + num.length() + 2));
        String before = t.substring(Math.max(0, at - 3), at);
        return APPROXIMATE_AFTER.matcher(after).find() || APPROXIMATE_BEFORE.matcher(before).find();
    }

    /** A "figure" that is a row of a flattened table (本年新收政府信息公开申请数量3000003): not a statement of the text. */
    private static boolean inTable(StatedFigure f) {
        if (f.section == null || f.section < 2 || f.section > 4) {
            return false;
        }
        String q = (f.label == null ? "" : f.label) + (f.quote == null ? "" : f.quote);
        for (String key : io.nianbao.contract.TemplateKeys.APPLICATION_ROWS_2021) {
            if (io.nianbao.template.Rows.application(key).anchor().matcher(q).find() && q.contains("数量")) {
                return true;
            }
        }
        return TABLE_WORDS.matcher(q).find();
    }

    private static final java.util.regex.Pattern TABLE_WORDS = java.util.regex.Pattern.compile(
            "本年制发件数|本年废止件数|现行有效件数|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|处理决定数量|"
                    + "结果维持|结果纠正|尚未审结|申请数量");

    private static boolean overlap(StatedFigure a, StatedFigure b) {
        return a.start < b.end && b.start < a.end && a.end > a.start && b.end > b.start;
    }

    static boolean sameQuantity(StatedFigure a, StatedFigure b) {
        if (a.section != null && b.section != null && !a.section.equals(b.section)) {
            return false;
        }
        if (a.unit != null && b.unit != null && !a.unit.isBlank() && !b.unit.isBlank() && !a.unit.equals(b.unit)) {
            return false;
        }
        String ka = Stated.keyOf(a);
        return ka != null && ka.equals(Stated.keyOf(b));
    }
}
