package io.nianbao.store.repository;

import io.nianbao.store.domain.RegionNames;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A report as listed by GET /api/reports and the reports export; {@code copies}: how many other documents of the
 * same report (same agency, same year) the store holds (the list page collapses them under the current one);
 * {@code regionName}: the GB/T 2260 full name of regionCode (安徽省 宿州市 埇桥区), null for a code the table lacks.
 */
public record ReportSummary(String documentId, String title, String agency, String agencyCanonical, String regionCode,
                            String regionName, Integer reportYear, String template, LocalDate publishedOn, String status, Integer errors,
                            Integer warnings, Integer infos, Boolean current, String supersededBy, String parserVersion,
                            String ruleSetVersion, OffsetDateTime receivedAt, OffsetDateTime storedAt, Long copies) {

    /** The row of {@link ReportRepository#SUMMARY_SELECT}; the region's name comes from the GB/T 2260 table. */
    public ReportSummary(String documentId, String title, String agency, String agencyCanonical, String regionCode,
                         Integer reportYear, String template, LocalDate publishedOn, String status, Integer errors,
                         Integer warnings, Integer infos, Boolean current, String supersededBy, String parserVersion,
                         String ruleSetVersion, OffsetDateTime receivedAt, OffsetDateTime storedAt, Long copies) {
        this(documentId, title, agency, agencyCanonical, regionCode, RegionNames.fullName(regionCode), reportYear,
                template, publishedOn, status, errors, warnings, infos, current, supersededBy, parserVersion,
                ruleSetVersion, receivedAt, storedAt, copies);
    }
}
