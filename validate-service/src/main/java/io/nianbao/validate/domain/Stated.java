package io.nianbao.validate.domain;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.template.Quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stated figures that mean one quantity of the template model's vocabulary ({@link Quantities}): the figures the
 * parser keyed so, and the labelled ones whose label names that quantity and nothing else. A figure is left out when
 * the words around it say it counts something else (the quantity's exclusions: 含上年结转, 办结, ...), when it is a
 * subset (其中…, a part of a breakdown, a channel: 网上/信函/当面…), so that a text-vs-table rule compares only like
 * with like.
 */
public final class Stated {
    private static final Set<String> LABELLED = Set.of(FigureKeys.QUANTITY, FigureKeys.BREAKDOWN);
    /** A figure that counts a subset of the quantity. TODO move to template-model (Quantities: subset markers). */
    private static final Pattern SUBSET = Pattern.compile("其中|通过|网上|网络|在线|信函|当面|现场|电子邮件|邮寄|传真|电话|政务服务|平台|窗口");
    private static final int AFTER = 16;

    private Stated() {
    }

    /** The normalised key of a figure: its own key, or the vocabulary key of its label; null when none or two. */
    public static String keyOf(StatedFigure f) {
        if (f == null || f.key == null) {
            return null;
        }
        if (!LABELLED.contains(f.key)) {
            return f.key;
        }
        return Quantities.keyOf(f.label);
    }

    /** Figures (with a value) that state the quantity, in text order. */
    public static List<StatedFigure> of(ReportRecord record, Quantities.Quantity q, String... alsoKeys) {
        if (record.figures == null) {
            return List.of();
        }
        List<int[]> partSpans = partSpans(record);
        List<String> keys = new ArrayList<>(List.of(alsoKeys));
        keys.add(q.key());
        List<StatedFigure> out = new ArrayList<>();
        for (StatedFigure f : record.figures) {
            if (f == null || f.key == null) {
                continue;
            }
            boolean none = f.key.endsWith("None");
            if (f.value == null && !none) {
                continue;
            }
            String k = keyOf(f);
            if (k == null || !keys.contains(k) && !(none && keys.contains(f.key))) {
                continue;
            }
            String label = f.label == null ? "" : f.label;
            String after = after(record, f);
            if (q.exclusions() != null && (q.exclusions().matcher(label).find() || q.exclusions().matcher(after).find())) {
                continue; // counts something else (含上年结转, 办结, ...)
            }
            if (!none && SUBSET.matcher(label).find()) {
                continue;
            }
            if (partSpans.stream().anyMatch(s -> f.start >= s[0] && f.end <= s[1] && f.end > f.start)) {
                continue;
            }
            out.add(f);
        }
        out.sort(Comparator.comparingInt((StatedFigure f) -> f.start).thenComparingInt(f -> f.end));
        return out;
    }

    /** A bracket right after the figure that says what it includes: 3119件（含上年结转34件）; else "". */
    static String after(ReportRecord record, StatedFigure f) {
        String t = record.text;
        if (t == null || f.end <= 0 || f.end >= t.length()) {
            return "";
        }
        int i = f.end;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= t.length() || (t.charAt(i) != '（' && t.charAt(i) != '(')) {
            return "";
        }
        int close = t.indexOf(t.charAt(i) == '（' ? '）' : ')', i);
        return t.substring(i, close < 0 ? Math.min(t.length(), i + AFTER) : Math.min(close + 1, i + 40));
    }

    private static List<int[]> partSpans(ReportRecord record) {
        List<int[]> out = new ArrayList<>();
        for (StatedFigure f : record.figures) {
            if (f == null || f.parts == null) {
                continue;
            }
            f.parts.stream().filter(Objects::nonNull).filter(p -> p.end > p.start)
                    .forEach(p -> out.add(new int[] {p.start, p.end}));
        }
        return out;
    }
}
