package io.nianbao.store.service.view;

import io.nianbao.contract.ReportRecord;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** GET /api/reports/{documentId}: one report with its tables, sections and findings. */
public record ReportDetail(String documentId, SourceView source, ReportFields report, String status, Summary summary,
                           boolean current, String supersededBy,
                           /* the other documents of the same report, most recent first, at most {@code sameReportLimit} */
                           List<SameReportDoc> sameReport,
                           /* how many other documents the report has in all */
                           int sameReportCount,
                           String parserVersion, String ruleSetVersion, OffsetDateTime storedAt,
                           OffsetDateTime updatedAt, Tables tables, Map<String, BigDecimal> narrative,
                           List<ReportRecord.ParseNote> parseNotes, List<SectionView> sections,
                           List<FindingView> findings) {
}
