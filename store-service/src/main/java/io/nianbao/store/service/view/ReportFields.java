package io.nianbao.store.service.view;

import java.time.LocalDate;

/** The report's own fields (REPORT_FORMAT.md "report"); regionName: the full GB/T 2260 name of regionCode. */
public record ReportFields(String title, String agency, String agencyCanonical, String regionCode, String regionName,
                           String agencyKind,
                           Integer reportYear, LocalDate publishedOn, String statedPeriod, String template) {
}
