package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The figures the parser extracted from the text (rules read them, they never re-parse the text). */
public final class Figures {
    private Figures() {
    }

    /** Top-level figures with one of the keys, in text order, with a value. */
    public static List<StatedFigure> withKey(ReportRecord record, String... keys) {
        if (record.figures == null) {
            return List.of();
        }
        List<String> k = List.of(keys);
        return record.figures.stream()
                .filter(Objects::nonNull)
                .filter(f -> f.key != null && k.contains(f.key) && (f.value != null || f.key.endsWith("None")))
                .sorted(Comparator.comparingInt((StatedFigure f) -> f.start).thenComparingInt(f -> f.end))
                .toList();
    }

    /** The quote of a figure: its own quote, else the text of its span. */
    public static String quote(ReportRecord record, StatedFigure f) {
        if (f.quote != null && !f.quote.isBlank()) {
            return f.quote;
        }
        if (record.text != null && f.start >= 0 && f.end <= record.text.length() && f.start < f.end) {
            return TextSpans.excerpt(record.text, f.start, f.end);
        }
        return null;
    }

    /** Puts the figure's span and quote on a finding. */
    public static Findings.Builder at(Findings.Builder b, ReportRecord record, StatedFigure f) {
        if (record.text != null && f.start >= 0 && f.end <= record.text.length() && f.start < f.end) {
            b.span(f.start, f.end);
        }
        String q = quote(record, f);
        if (q != null) {
            b.evidence(q);
        }
        if (f.section != null) {
            b.section(f.section);
        }
        return b;
    }

    /** Parts that are not shares (占61.5%). */
    public static List<StatedFigure> countedParts(StatedFigure total) {
        if (total.parts == null) {
            return List.of();
        }
        return total.parts.stream().filter(p -> p != null && p.value != null && !isShare(p)).toList();
    }

    public static boolean isShare(StatedFigure p) {
        return p.unit != null && (p.unit.contains("%") || p.unit.contains("％") || p.unit.contains("百分"));
    }

    /**
     * Whether a total and its parts form a partition (a real breakdown): two parts or more, all in one unit, which
     * is the total's unit where both are stated. Parts in mixed units (其中召开新闻发布会1次，政策解读14条…) are a
     * list of highlights.
     */
    public static boolean isPartition(StatedFigure total, List<StatedFigure> parts) {
        if (parts.size() < 2) {
            return false;
        }
        java.util.Set<String> units = new java.util.HashSet<>();
        for (StatedFigure p : parts) {
            units.add(p.unit == null || p.unit.isBlank() ? "" : p.unit);
        }
        if (units.size() > 1) {
            return false;
        }
        String u = units.iterator().next();
        return u.isEmpty() || total.unit == null || total.unit.isBlank() || u.equals(total.unit);
    }
}
