package io.nianbao.store.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules across reports of RULES.md ("Across reports"). Each method compares a subject report with one other
 * report and returns the findings that belong to the subject; the caller chooses the other reports (previous
 * year of the same agency, same-year reports of other agencies, other documents of the same report).
 */
public final class HistoryRules {
    public static final String CARRY_OVER_MISMATCH = "CARRY_OVER_MISMATCH";
    public static final String IN_FORCE_DRIFT = "IN_FORCE_DRIFT";
    public static final String COPIED_TEXT = "COPIED_TEXT";
    public static final String DUPLICATE_REPORT = "DUPLICATE_REPORT";

    /** id -> severity, in catalogue order. */
    public static final Map<String, String> CATALOGUE = orderedCatalogue();
    public static final Map<String, String> DESCRIPTIONS = Map.of(
            CARRY_OVER_MISMATCH, "this year's carriedOver differs from the same agency's previous-year carriedForward",
            IN_FORCE_DRIFT, "2021 template: inForce(Y) != inForce(Y-1) + made(Y) - repealed(Y)",
            COPIED_TEXT, "the narrative is nearly identical to the same agency's previous report or to another agency's report of the same year",
            DUPLICATE_REPORT, "another document is the same report (same agency, same year)");

    static final List<String> COLUMNS = List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
            "publicInterestOrg", "legalServiceOrg", "otherOrg", "total");
    static final List<String> COLUMNS_ZH = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final List<String> IN_FORCE_ROWS = List.of("regulations", "normativeDocuments");
    static final Map<String, String> ROWS_ZH = Map.of("regulations", "规章", "normativeDocuments", "行政规范性文件");

    private HistoryRules() {
    }

    private static Map<String, String> orderedCatalogue() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put(CARRY_OVER_MISMATCH, "warning");
        m.put(IN_FORCE_DRIFT, "warning");
        m.put(COPIED_TEXT, "warning");
        m.put(DUPLICATE_REPORT, "info");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static boolean consecutive(ReportFacts current, ReportFacts previous) {
        return current.year() != null && previous.year() != null && current.year() == previous.year() + 1
                && Objects.equals(current.agencyKey(), previous.agencyKey());
    }

    /**
     * CARRY_OVER_MISMATCH: current.carriedOver vs previous.carriedForward, every column where both are known.
     * One finding listing the differing columns; expected/actual are those of the total column when it differs,
     * else of the first differing column.
     */
    public static List<HistoryFinding> carryOver(ReportFacts current, ReportFacts previous) {
        if (!consecutive(current, previous) || current.carriedOver() == null || previous.carriedForward() == null) {
            return List.of();
        }
        List<HistoryFinding.Cell> cells = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String expected = null;
        String actual = null;
        int n = Math.min(COLUMNS.size(), Math.min(current.carriedOver().size(), previous.carriedForward().size()));
        for (int i = n - 1; i >= 0; i--) { // total first
            BigDecimal now = current.carriedOver().get(i);
            BigDecimal before = previous.carriedForward().get(i);
            if (now == null || before == null || now.compareTo(before) == 0) {
                continue;
            }
            cells.add(new HistoryFinding.Cell("applications", "carriedOver", COLUMNS.get(i)));
            zh.add(COLUMNS_ZH.get(i) + "栏上年结转" + plain(now) + "件，而" + previous.year() + "年度报告结转下年度" + plain(before) + "件");
            en.add(COLUMNS.get(i) + ": carriedOver " + plain(now) + " vs previous carriedForward " + plain(before));
            if (expected == null) {
                expected = plain(before);
                actual = plain(now);
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        return List.of(new HistoryFinding(CARRY_OVER_MISMATCH, "warning",
                current.year() + "年度报告的上年结转申请数与同一机关" + previous.year() + "年度报告（" + shortId(previous)
                        + "）的结转下年度数不一致：" + String.join("；", zh) + "。",
                "The " + current.year() + " report's carried-over applications differ from the carried-forward ones of the same agency's "
                        + previous.year() + " report (" + shortId(previous) + "): " + String.join("; ", en) + ".",
                3, cells, expected, actual, previous.documentId()));
    }

    /** IN_FORCE_DRIFT (2021 template both years): inForce(Y) = inForce(Y-1) + made(Y) - repealed(Y), empty made/repealed = 0. */
    public static List<HistoryFinding> inForceDrift(ReportFacts current, ReportFacts previous) {
        if (!consecutive(current, previous) || !"2021".equals(current.template()) || !"2021".equals(previous.template())
                || current.active() == null || previous.active() == null) {
            return List.of();
        }
        List<HistoryFinding> out = new ArrayList<>();
        for (String row : IN_FORCE_ROWS) {
            Map<String, BigDecimal> now = current.active().get(row);
            Map<String, BigDecimal> before = previous.active().get(row);
            if (now == null || before == null || now.get("inForce") == null || before.get("inForce") == null) {
                continue;
            }
            BigDecimal made = orZero(now.get("made"));
            BigDecimal repealed = orZero(now.get("repealed"));
            BigDecimal expected = before.get("inForce").add(made).subtract(repealed);
            BigDecimal actual = now.get("inForce");
            if (expected.compareTo(actual) == 0) {
                continue;
            }
            out.add(new HistoryFinding(IN_FORCE_DRIFT, "warning",
                    current.year() + "年度" + ROWS_ZH.get(row) + "现行有效件数为" + plain(actual) + "，但按上年（"
                            + previous.year() + "年度报告" + shortId(previous) + "）现行有效" + plain(before.get("inForce"))
                            + "件加本年制发" + plain(made) + "件减本年废止" + plain(repealed) + "件应为" + plain(expected) + "件。",
                    row + " in force in " + current.year() + " is " + plain(actual) + ", but the previous year's "
                            + plain(before.get("inForce")) + " in force (" + previous.year() + " report " + shortId(previous)
                            + ") + " + plain(made) + " made - " + plain(repealed) + " repealed gives " + plain(expected) + ".",
                    2, List.of(new HistoryFinding.Cell("activeDisclosure", row, "inForce")),
                    plain(expected), plain(actual), previous.documentId()));
        }
        return out;
    }

    /** How the other report of a COPIED_TEXT comparison relates to the subject. */
    public enum CopyKind { SAME_AGENCY_PREVIOUS, OTHER_AGENCY_SAME_YEAR }

    /**
     * COPIED_TEXT: the subject's narrative is at least {@code threshold} similar to the other's, by the estimate of
     * their {@link MinHash} sketches (Jaccard of the 5-gram shingles). Narratives shorter than {@code minChars}
     * (after normalization) are not judged.
     */
    public static List<HistoryFinding> copiedText(ReportFacts subject, ReportFacts other, CopyKind kind,
                                                  double threshold, int minChars) {
        if (subject.sketch() == null || other.sketch() == null
                || subject.narrativeChars() < minChars || other.narrativeChars() < minChars
                || subject.documentId().equals(other.documentId())) {
            return List.of();
        }
        double sim = MinHash.similarity(subject.sketch(), other.sketch());
        if (sim < threshold) {
            return List.of();
        }
        String pct = String.format(Locale.ROOT, "%.1f%%", sim * 100);
        String whoZh = kind == CopyKind.SAME_AGENCY_PREVIOUS
                ? "同一机关" + other.year() + "年度报告（" + shortId(other) + "）"
                : "另一机关（" + other.agencyKey() + "）同年度报告（" + shortId(other) + "）";
        String whoEn = kind == CopyKind.SAME_AGENCY_PREVIOUS
                ? "the same agency's " + other.year() + " report (" + shortId(other) + ")"
                : "another agency's (" + other.agencyKey() + ") report of the same year (" + shortId(other) + ")";
        return List.of(new HistoryFinding(COPIED_TEXT, "warning",
                "报告正文与" + whoZh + "的相似度为" + pct + "（阈值" + String.format(Locale.ROOT, "%.0f%%", threshold * 100)
                        + "，不计数字），疑似照搬。",
                "The narrative is " + pct + " similar (numbers ignored; threshold "
                        + String.format(Locale.ROOT, "%.0f%%", threshold * 100) + ") to " + whoEn + ": probably copied.",
                null, List.of(), "< " + String.format(Locale.ROOT, "%.0f%%", threshold * 100), pct, other.documentId()));
    }

    /**
     * DUPLICATE_REPORT on {@code subject}, naming {@code other}, its neighbour in the report's recency order
     * ({@link SameReport#RECENCY}): {@code otherIsNewer} = other superseded the subject, else the subject superseded
     * other. {@code subjectCurrent}: the subject is the current document of the report.
     */
    public static HistoryFinding duplicate(String subjectId, String otherId, boolean otherIsNewer, boolean subjectCurrent,
                                           String agencyKey, Integer year) {
        String otherShort = otherId.substring(0, Math.min(12, otherId.length()));
        String stateZh = subjectCurrent ? "本文档为现行版本" : "本文档已被取代";
        String stateEn = subjectCurrent ? "this document is current" : "this document is superseded";
        return new HistoryFinding(DUPLICATE_REPORT, "info",
                "文档" + otherShort + "与本文档是同一报告（" + agencyKey + "，" + year + "年度），"
                        + (otherIsNewer ? otherShort + "较新，取代了本文档；" : otherShort + "较旧，已被本文档取代；") + stateZh + "。",
                "Document " + otherShort + " is the same report (" + agencyKey + ", " + year + "); "
                        + (otherIsNewer ? otherShort + " is newer and superseded this one; " : otherShort + " is older and was superseded by this one; ")
                        + stateEn + ".",
                null, List.of(), otherIsNewer ? "newer" : "older", subjectCurrent ? "current" : "superseded", otherId);
    }

    /**
     * The DUPLICATE_REPORT findings of {@code subjectId} in a report whose documents are {@code orderedIds}, oldest
     * first, current last: one naming the next older document, one naming the next newer document (where they
     * exist). Each arrival changes the findings of at most its two neighbours, whatever the size of the group.
     */
    public static List<HistoryFinding> duplicates(String subjectId, List<String> orderedIds, String agencyKey, Integer year) {
        int i = orderedIds.indexOf(subjectId);
        if (i < 0 || orderedIds.size() < 2) {
            return List.of();
        }
        boolean current = i == orderedIds.size() - 1;
        List<HistoryFinding> out = new ArrayList<>(2);
        if (i > 0) {
            out.add(duplicate(subjectId, orderedIds.get(i - 1), false, current, agencyKey, year));
        }
        if (i < orderedIds.size() - 1) {
            out.add(duplicate(subjectId, orderedIds.get(i + 1), true, current, agencyKey, year));
        }
        return out;
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static String plain(BigDecimal v) {
        return v == null ? "（空）" : v.stripTrailingZeros().toPlainString();
    }

    static String shortId(ReportFacts r) {
        return r.documentId().substring(0, Math.min(12, r.documentId().length()));
    }
}
