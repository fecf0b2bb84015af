package io.nianbao.testsupport.corpus;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.contract.TemplateKeys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The in-report identities of RULES.md, as an oracle for corpus tests: which rule ids a record
 * violates (APP_BALANCE, APP_TOTAL_ROW, APP_TOTAL_COLUMN, REVIEW_TOTAL, COUNT_NOT_WHOLE,
 * TEXT_APPLICATIONS, TEXT_REVIEW, TEXT_BREAKDOWN). Empty cells count as 0; the 2019 column 本年增/减
 * ({@code change}) may be negative; a 2021 table printed with the one （六）其他处理 row sums that row. Not a validator:
 * no spans, no messages.
 */
public final class Identities {
    private Identities() {
    }

    public static Set<String> violated(ReportRecord r) {
        Set<String> out = new TreeSet<>();
        String template = r.report == null ? null : r.report.template;
        if (r.applications != null) {
            Map<String, List<BigDecimal>> a = r.applications;
            for (Map.Entry<String, List<BigDecimal>> e : a.entrySet()) {
                BigDecimal s = BigDecimal.ZERO;
                for (int c = 0; c < 6; c++) {
                    s = s.add(at(e.getValue(), c));
                }
                if (s.compareTo(at(e.getValue(), 6)) != 0) {
                    out.add("APP_TOTAL_COLUMN");
                }
                for (BigDecimal v : e.getValue()) {
                    if (!whole(v)) {
                        out.add("COUNT_NOT_WHOLE");
                    }
                }
            }
            for (int c = 0; c < 7; c++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String o : io.nianbao.template.Rows.outcomesOf(ReportTables.applicationRowKeys(template, a))) {
                    sum = sum.add(at(a.get(o), c));
                }
                BigDecimal total = at(a.get("total"), c);
                if (sum.compareTo(total) != 0) {
                    out.add("APP_TOTAL_ROW");
                }
                BigDecimal in = at(a.get("newReceived"), c).add(at(a.get("carriedOver"), c));
                BigDecimal outV = total.add(at(a.get("carriedForward"), c));
                if (in.compareTo(outV) != 0) {
                    out.add("APP_BALANCE");
                }
            }
        }
        if (r.reviewLitigation != null) {
            for (Map<String, BigDecimal> g : r.reviewLitigation.values()) {
                BigDecimal s = BigDecimal.ZERO;
                for (String k : List.of("upheld", "corrected", "other", "pending")) {
                    s = s.add(val(g.get(k)));
                }
                if (s.compareTo(val(g.get("total"))) != 0) {
                    out.add("REVIEW_TOTAL");
                }
                for (BigDecimal v : g.values()) {
                    if (!whole(v)) {
                        out.add("COUNT_NOT_WHOLE");
                    }
                }
            }
        }
        if (r.activeDisclosure != null) {
            r.activeDisclosure.forEach((row, cols) -> cols.forEach((col, v) -> {
                boolean signed = "change".equals(col) && v != null && v.stripTrailingZeros().scale() <= 0;
                if (!TemplateKeys.isDecimalCell(row, col) && !signed && !whole(v)) {
                    out.add("COUNT_NOT_WHOLE");
                }
            }));
        }
        for (StatedFigure f : r.figures) {
            if (f.parts != null && !f.parts.isEmpty()) {
                BigDecimal s = BigDecimal.ZERO;
                for (StatedFigure p : f.parts) {
                    s = s.add(p.value);
                }
                if (s.compareTo(f.value) != 0) {
                    out.add("TEXT_BREAKDOWN");
                }
            }
            if (r.applications != null && FigureKeys.APPLICATIONS_RECEIVED.equals(f.key)
                    && f.value.compareTo(at(r.applications.get("newReceived"), 6)) != 0) {
                out.add("TEXT_APPLICATIONS");
            }
            if (r.reviewLitigation != null && FigureKeys.REVIEW_COUNT.equals(f.key)
                    && f.value.compareTo(groupTotal(r, "review")) != 0) {
                out.add("TEXT_REVIEW");
            }
            if (r.reviewLitigation != null && FigureKeys.LITIGATION_COUNT.equals(f.key)
                    && f.value.compareTo(groupTotal(r, "litigationDirect").add(groupTotal(r, "litigationAfterReview"))) != 0) {
                out.add("TEXT_REVIEW");
            }
        }
        return out;
    }

    private static BigDecimal groupTotal(ReportRecord r, String g) {
        Map<String, BigDecimal> m = r.reviewLitigation.get(g);
        return m == null ? BigDecimal.ZERO : val(m.get("total"));
    }

    private static BigDecimal at(List<BigDecimal> row, int c) {
        return row == null || row.size() <= c ? BigDecimal.ZERO : val(row.get(c));
    }

    private static BigDecimal val(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static boolean whole(BigDecimal v) {
        return v == null || (v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0);
    }
}
