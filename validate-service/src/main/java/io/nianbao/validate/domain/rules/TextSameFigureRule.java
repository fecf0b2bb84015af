package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEXT_SAME_FIGURE (info): one quantity stated twice with two values. Two statements are of one quantity when they
 * have the same figure key (applicationsReceived, reviewCount, ...), or, for free quantities, when their labels name
 * the same thing: after dropping modifiers and generic words (主动, 公开, 信息, 群众关心的 ...) the labels are equal, one
 * contains the other, or the shorter label has at most four characters and its leading word (two characters)
 * stands in the longer one (回应关切 … 主动回应群众关心的热点问题). Items of one real breakdown (其中A条、B条…) are
 * distinct quantities and are never compared. Units must agree where both are stated; both statements must stand in the same section.
 */
public final class TextSameFigureRule extends AbstractRule {
    public static final String ID = "TEXT_SAME_FIGURE";
    private static final Set<String> LABELLED = Set.of(FigureKeys.QUANTITY, FigureKeys.BREAKDOWN);
    private static final Pattern GENERIC = Pattern.compile(
            "主动|积极|及时|认真|全年|本年度|本年|年度|累计|共计|共|我局|我委|我办|本机关|公开|发布|政府|政务|信息|相关|群众|社会|"
                    + "关心的|关心|各类|情况|数量|的|了|等|并|及|和|与|[\\s\\p{Punct}，。、；：“”（）《》【】…·\\d]");

    public TextSameFigureRule() {
        super(ID, Severity.INFO, "同一数量前后两个数值", "One quantity stated with two values",
                "正文在两处陈述同一数量（同一指标或同义标签）却给出不同数值，例如 回应关切111 … 回应热点问题112条。",
                "The text states one quantity twice (the same figure key, or labels naming the same thing) with two "
                        + "different values, e.g. 回应关切111 … 回应热点问题112条.");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.figures == null || record.figures.size() < 2) {
            return List.of();
        }
        List<int[]> partSpans = partitionPartSpans(record);
        List<StatedFigure> all = record.figures.stream()
                .filter(Objects::nonNull).filter(f -> f.value != null && f.key != null)
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

    /** Spans of the parts of real breakdowns: the items of one list are distinct quantities by construction. */
    private static List<int[]> partitionPartSpans(ReportRecord record) {
        List<int[]> out = new ArrayList<>();
        for (StatedFigure f : record.figures) {
            if (f == null || f.value == null || f.parts == null) {
                continue;
            }
            List<StatedFigure> parts = Figures.countedParts(f);
            if (Figures.isPartition(f, parts)) {
                parts.stream().filter(p -> p.end > p.start).forEach(p -> out.add(new int[] {p.start, p.end}));
            }
        }
        return out;
    }

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
        boolean la = LABELLED.contains(a.key);
        boolean lb = LABELLED.contains(b.key);
        if (!la && !lb) {
            return a.key.equals(b.key);
        }
        if (la != lb) {
            return false;
        }
        return sameLabel(a.label, b.label);
    }

    static boolean sameLabel(String x, String y) {
        String a = normalize(x);
        String b = normalize(y);
        if (a.length() < 2 || b.length() < 2) {
            return false;
        }
        if (a.equals(b) || a.contains(b) || b.contains(a)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() <= 4 && longer.contains(shorter.substring(0, 2));
    }

    static String normalize(String label) {
        return label == null ? "" : GENERIC.matcher(label).replaceAll("");
    }

}
