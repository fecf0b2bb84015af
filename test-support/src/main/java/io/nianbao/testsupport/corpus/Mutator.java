package io.nianbao.testsupport.corpus;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.contract.TemplateKeys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Injects exactly one inconsistency into a consistent report (for the validate-service mutation
 * test).
 *
 * <ul>
 * <li>TABLE_CELL: one cell of section 三 (75%) or section 四 changed by ±k (k ≥ 1; never below 0
 * unless the cell is negative already), so that at least its row's column-total identity (or the
 * group's total) breaks. Section 二 cells are never chosen: within one report they take part in no
 * identity.</li>
 * <li>TEXT_FIGURE: one stated figure changed so that it contradicts the table (applicationsReceived
 * vs newReceived.total; reviewCount / litigationCount vs section 四) or its own breakdown (the total
 * or one part of a 共N条，其中A条… statement). The text is rewritten to say the new value
 * ("未收到…申请" becomes "收到政府信息公开申请k件"), quote/spans/sections/narrative follow.</li>
 * </ul>
 * 2008-era reports have no tables: only TEXT_FIGURE on a breakdown is possible.
 */
public final class Mutator {
    private final Random rnd;

    public Mutator(long seed) {
        this.rnd = new Random(seed);
    }

    /** A mutation of a random possible kind (TABLE_CELL and TEXT_FIGURE equally likely where both are possible). */
    public Mutation mutate(GeneratedReport r) {
        return mutate(r.expected());
    }

    public Mutation mutate(ReportRecord r) {
        boolean table = canMutate(r, Mutation.Kind.TABLE_CELL);
        boolean text = canMutate(r, Mutation.Kind.TEXT_FIGURE);
        if (!table && !text) {
            throw new IllegalArgumentException("nothing to mutate in " + r.report.title);
        }
        Mutation.Kind k = table && text ? (rnd.nextBoolean() ? Mutation.Kind.TABLE_CELL : Mutation.Kind.TEXT_FIGURE)
                : table ? Mutation.Kind.TABLE_CELL : Mutation.Kind.TEXT_FIGURE;
        return mutate(r, k);
    }

    public Mutation mutate(GeneratedReport r, Mutation.Kind kind) {
        return mutate(r.expected(), kind);
    }

    /** @throws IllegalArgumentException when the report offers nothing of that kind (see {@link #canMutate}). */
    public Mutation mutate(ReportRecord original, Mutation.Kind kind) {
        if (!canMutate(original, kind)) {
            throw new IllegalArgumentException("no " + kind + " mutation possible in " + original.report.title);
        }
        ReportRecord r = GeneratedReport.copy(original);
        return kind == Mutation.Kind.TABLE_CELL ? mutateCell(r) : mutateFigure(r);
    }

    public static boolean canMutate(ReportRecord r, Mutation.Kind kind) {
        if (kind == Mutation.Kind.TABLE_CELL) {
            return r.applications != null || r.reviewLitigation != null;
        }
        return !figureCandidates(r).isEmpty();
    }

    // ------------------------------------------------------------------ table cells

    private Mutation mutateCell(ReportRecord r) {
        boolean apps = r.applications != null && (r.reviewLitigation == null || rnd.nextDouble() < 0.75);
        String table;
        String row;
        String col;
        BigDecimal old;
        BigDecimal neu;
        if (apps) {
            List<String> rows = new ArrayList<>(r.applications.keySet());
            row = rows.get(rnd.nextInt(rows.size()));
            int c = rnd.nextInt(7);
            col = TemplateKeys.APPLICANT_COLUMNS.get(c);
            List<BigDecimal> vals = r.applications.get(row);
            old = vals.get(c) == null ? BigDecimal.ZERO : vals.get(c);
            neu = perturb(old);
            vals.set(c, neu);
            table = TemplateKeys.TABLE_APPLICATIONS;
        } else {
            List<String> groups = new ArrayList<>(r.reviewLitigation.keySet());
            row = groups.get(rnd.nextInt(groups.size()));
            col = TemplateKeys.REVIEW_COLUMNS.get(rnd.nextInt(5));
            Map<String, BigDecimal> g = r.reviewLitigation.get(row);
            old = g.get(col) == null ? BigDecimal.ZERO : g.get(col);
            neu = perturb(old);
            g.put(col, neu);
            table = TemplateKeys.TABLE_REVIEW;
        }
        Set<String> broken = Identities.violated(r);
        if (broken.isEmpty()) {
            throw new IllegalStateException("mutation broke no identity: " + table + "." + row + "." + col);
        }
        String d = String.format("%s.%s.%s: %s -> %s (breaks %s)", table, row, col,
                old.toPlainString(), neu.toPlainString(), broken);
        return new Mutation(Mutation.Kind.TABLE_CELL, r, d, table, row, col, null, null, null, old, neu, broken);
    }

    private BigDecimal perturb(BigDecimal old) {
        int[] ks = {1, 1, 1, 1, 2, 2, 3, 5, 10};
        long k = ks[rnd.nextInt(ks.length)];
        if (old.signum() > 0 && rnd.nextDouble() < 0.15) {
            k = Math.max(1, old.longValue() / 2);
        }
        boolean down = rnd.nextBoolean() && old.compareTo(BigDecimal.valueOf(k)) >= 0;
        BigDecimal d = BigDecimal.valueOf(k);
        return down ? old.subtract(d) : old.add(d);
    }

    // ------------------------------------------------------------------ stated figures

    /** A figure that can be mutated; {@code part} is set when the mutation changes one part of {@code figure}. */
    private record Candidate(StatedFigure figure, StatedFigure part) {
    }

    private static List<Candidate> figureCandidates(ReportRecord r) {
        List<Candidate> out = new ArrayList<>();
        for (StatedFigure f : r.figures) {
            boolean hasParts = f.parts != null && !f.parts.isEmpty();
            if (hasParts) {
                out.add(new Candidate(f, null));
                for (StatedFigure p : f.parts) {
                    out.add(new Candidate(f, p));
                }
            } else if (FigureKeys.APPLICATIONS_RECEIVED.equals(f.key) && r.applications != null) {
                out.add(new Candidate(f, null));
            } else if ((FigureKeys.REVIEW_COUNT.equals(f.key) || FigureKeys.LITIGATION_COUNT.equals(f.key))
                    && r.reviewLitigation != null) {
                out.add(new Candidate(f, null));
            }
        }
        return out;
    }

    private Mutation mutateFigure(ReportRecord r) {
        List<Candidate> cands = figureCandidates(r);
        // weight the kinds evenly: a category first (applications / review / breakdown), then a figure
        Map<String, List<StatedFigure>> byCategory = new LinkedHashMap<>();
        for (Candidate c : cands) {
            StatedFigure f = c.figure();
            String cat = f.parts != null && !f.parts.isEmpty() ? "breakdown"
                    : FigureKeys.APPLICATIONS_RECEIVED.equals(f.key) ? "applications" : "review";
            List<StatedFigure> l = byCategory.computeIfAbsent(cat, k -> new ArrayList<>());
            if (!l.contains(f)) {
                l.add(f);
            }
        }
        List<List<StatedFigure>> cats = new ArrayList<>(byCategory.values());
        List<StatedFigure> figures = cats.get(rnd.nextInt(cats.size()));
        StatedFigure f = figures.get(rnd.nextInt(figures.size()));
        StatedFigure part = null;
        if (f.parts != null && !f.parts.isEmpty() && rnd.nextDouble() < 0.4) {
            part = f.parts.get(rnd.nextInt(f.parts.size()));
        }
        StatedFigure target = part != null ? part : f;
        BigDecimal old = target.value;
        BigDecimal neu = perturb(old);
        if (neu.signum() == 0) {
            neu = old.add(BigDecimal.ONE);
        }
        if (old.signum() == 0 && !target.quote.contains("0")) {
            // a "none" statement (未收到…申请, 未发生…行政复议、行政诉讼): reword it with a count
            rewordNone(r, target, neu);
        } else {
            replaceNumber(r, target, part != null ? null : f, old, neu);
        }
        target.value = neu;
        recomputeNarrative(r);
        Set<String> broken = Identities.violated(r);
        if (broken.isEmpty()) {
            throw new IllegalStateException("mutation broke no identity: " + target.key + " " + old + " -> " + neu);
        }
        String what = part != null ? "part '" + part.label + "' of " + f.key + " (" + f.label + ")" : f.key
                + (f.label != null ? " (" + f.label + ")" : "");
        String d = String.format("figure %s: %s -> %s, now \"%s\" (breaks %s)", what, old.toPlainString(),
                neu.toPlainString(), target.quote, broken);
        return new Mutation(Mutation.Kind.TEXT_FIGURE, r, d, null, null, part != null ? "part" : null,
                f.key, part != null ? part.label : f.label, target.start, old, neu, broken);
    }

    /** Replaces the number of {@code target} in the text (the total's own number, before its first part). */
    private static void replaceNumber(ReportRecord r, StatedFigure target, StatedFigure total, BigDecimal old,
                                      BigDecimal neu) {
        int from = target.start;
        int to = target.end;
        if (total != null && total.parts != null && !total.parts.isEmpty()) {
            to = total.parts.get(0).start;
        }
        String digits = old.toPlainString();
        int at = lastNumberIndex(r.text, from, to, digits);
        if (at < 0) {
            throw new IllegalStateException("number " + digits + " not found in quote \"" + target.quote + "\"");
        }
        replaceText(r, at, at + digits.length(), neu.toPlainString());
    }

    /** Last occurrence of {@code digits} in [from, to) standing as a whole number. */
    private static int lastNumberIndex(String text, int from, int to, String digits) {
        int i = text.lastIndexOf(digits, to - digits.length());
        while (i >= from) {
            boolean before = i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean after = i + digits.length() < text.length() && Character.isDigit(text.charAt(i + digits.length()));
            if (!before && !after) {
                return i;
            }
            i = text.lastIndexOf(digits, i - 1);
        }
        return -1;
    }

    private static void rewordNone(ReportRecord r, StatedFigure target, BigDecimal neu) {
        String n = neu.toPlainString();
        // figures that share the span (未发生…行政复议、行政诉讼 gives both reviewCount and litigationCount)
        List<StatedFigure> sharing = new ArrayList<>();
        for (StatedFigure f : r.figures) {
            if (f != target && f.start == target.start && f.end == target.end) {
                sharing.add(f);
            }
        }
        int start = target.start;
        int end = target.end;
        if (FigureKeys.APPLICATIONS_RECEIVED.equals(target.key)) {
            replaceText(r, start, end, "收到政府信息公开申请" + n + "件");
            return;
        }
        boolean review = FigureKeys.REVIEW_COUNT.equals(target.key);
        String mine = review ? "被申请行政复议" + n + "件" : "被提起行政诉讼" + n + "件";
        if (sharing.isEmpty()) {
            replaceText(r, start, end, mine);
            return;
        }
        String other = review ? "未发生行政诉讼" : "未发生行政复议";
        String whole = review ? mine + "，" + other : other + "，" + mine;
        replaceText(r, start, end, whole);
        int mineStart = review ? start : start + other.length() + 1;
        int otherStart = review ? start + mine.length() + 1 : start;
        setSpan(r, target, mineStart, mineStart + mine.length());
        for (StatedFigure s : sharing) {
            setSpan(r, s, otherStart, otherStart + other.length());
        }
    }

    private static void setSpan(ReportRecord r, StatedFigure f, int start, int end) {
        f.start = start;
        f.end = end;
        f.quote = r.text.substring(start, end);
    }

    /**
     * Replaces [start, end) of the record's text by {@code repl} and moves every span behind it;
     * a span that encloses the edit grows or shrinks with it.
     */
    static void replaceText(ReportRecord r, int start, int end, String repl) {
        int delta = repl.length() - (end - start);
        r.text = r.text.substring(0, start) + repl + r.text.substring(end);
        for (ReportRecord.Section s : r.sections) {
            if (s.start != null && s.start >= end) {
                s.start += delta;
            }
            if (s.end != null && s.end >= end) {
                s.end += delta;
            }
            if (s.start != null && s.end != null) {
                s.text = r.text.substring(s.start, s.end);
            }
        }
        for (StatedFigure f : r.figures) {
            moveSpan(r.text, f, start, end, delta);
        }
    }

    private static void moveSpan(String text, StatedFigure f, int start, int end, int delta) {
        if (f.start >= end) {
            f.start += delta;
        }
        if (f.end >= end) {
            f.end += delta;
        }
        f.quote = text.substring(f.start, f.end);
        if (f.parts != null) {
            for (StatedFigure p : f.parts) {
                moveSpan(text, p, start, end, delta);
            }
        }
    }

    private static void recomputeNarrative(ReportRecord r) {
        Map<String, BigDecimal> n = new LinkedHashMap<>();
        for (StatedFigure f : r.figures) {
            if (!FigureKeys.QUANTITY.equals(f.key) && !FigureKeys.BREAKDOWN.equals(f.key)) {
                n.putIfAbsent(f.key, f.value);
            }
        }
        r.narrative = n;
    }
}
