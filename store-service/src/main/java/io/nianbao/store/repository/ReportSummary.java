package io.nianbao.store.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A report as listed by GET /api/reports and the reports export; {@code copies}: how many other documents of the
 * same report (same agency, same year) the store holds (the list page collapses them under the current one).
 */
public record ReportSummary(String documentId, String title, String agency, String agencyCanonical, String regionCode,
                            Integer reportYear, String template, LocalDate publishedOn, String status, Integer errors,
                            Integer warnings, Integer infos, Boolean current, String supersededBy, String parserVersion,
                            String ruleSetVersion, OffsetDateTime receivedAt, OffsetDateTime storedAt, Long copies) {
}
