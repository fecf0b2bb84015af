package io.nianbao.store.domain;

/**
 * Filters of GET /api/reports and the exports; every field is optional (null = no filter).
 *
 * @param agency     substring of the agency as written or of its canonical name
 * @param regionCode prefix of the GB/T 2260 code (34, 3411, 341102), or the name of a division (宿州市, 安徽省 宿州市
 *                   埇桥区: {@link RegionNames#prefixes})
 * @param ruleId     reports that have at least one finding of this rule (and {@code severity} if given)
 * @param severity   reports that have at least one finding of this severity
 * @param q          words that must all appear in the title (case-insensitive)
 * @param current    true: only current reports; false: only superseded ones
 */
public record ReportFilter(String agency, String regionCode, Integer yearFrom, Integer yearTo, String template,
                           String status, String ruleId, String severity, String q, Boolean current) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The code prefixes {@code regionCode} stands for (empty: no region filter). */
    public java.util.List<String> regionPrefixes() {
        return RegionNames.prefixes(regionCode);
    }

    public ReportFilter validated() {
        regionPrefixes();
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("yearFrom " + yearFrom + " is after yearTo " + yearTo);
        }
        if (severity != null && !severity.isBlank() && !severity.matches("error|warning|info")) {
            throw new IllegalArgumentException("severity must be error, warning or info: " + severity);
        }
        if (status != null && !status.isBlank() && !status.matches("clean|warnings|errors")) {
            throw new IllegalArgumentException("status must be clean, warnings or errors: " + status);
        }
        return this;
    }
}
