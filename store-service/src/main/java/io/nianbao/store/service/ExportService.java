package io.nianbao.store.service;

import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.Csv;
import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.domain.Tabular;
import io.nianbao.store.repository.CellRepository;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReportRepository;
import io.nianbao.store.repository.ReportSummary;
import io.nianbao.store.repository.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The exports: reports, cells (long form) and findings, filtered like GET /api/reports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {
    public static final List<String> KINDS = List.of("reports", "cells", "findings");
    static final Map<String, Integer> SECTION_OF_TABLE = Map.of("activeDisclosure", 2, "applications", 3, "reviewLitigation", 4);

    @Inject
    ReportRepository reports;
    @Inject
    CellRepository cells;
    @Inject
    FindingRepository findings;
    @Inject
    ReviewRepository reviews;
    @Inject
    StoreConfig config;

    public Tabular table(String kind, ReportFilter filter, SortSpec sort) {
        int limit = config.maxExportRows();
        return switch (kind) {
            case "reports" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (ReportSummary s : reports.search(filter, sort, 0, limit)) {
                    rows.add(Arrays.asList(s.documentId(), s.title(), s.agency(), s.agencyCanonical(), s.regionCode(),
                            s.regionName(), s.reportYear(), s.template(), s.publishedOn() == null ? null : s.publishedOn().toString(),
                            s.status(), s.errors(), s.warnings(), s.infos(), s.current(), s.supersededBy(),
                            s.parserVersion(), s.ruleSetVersion()));
                }
                yield new Tabular("reports", List.of("documentId", "title", "agency", "agencyCanonical", "regionCode",
                        "regionName", "reportYear", "template", "publishedOn", "status", "errors", "warnings", "infos", "current",
                        "supersededBy", "parserVersion", "ruleSetVersion"), rows);
            }
            case "cells" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (CellRepository.ExportCell c : cells.export(filter, limit)) {
                    rows.add(Arrays.asList(c.documentId(), c.agency(), c.agencyCanonical(), c.reportYear(),
                            SECTION_OF_TABLE.get(c.tableKey()), c.tableKey(), c.rowKey(), c.columnKey(), c.value()));
                }
                yield new Tabular("cells", List.of("documentId", "agency", "agencyCanonical", "reportYear", "section",
                        "table", "row", "column", "value"), rows);
            }
            case "findings" -> {
                List<List<Object>> rows = new ArrayList<>();
                List<FindingRepository.ExportFinding> all = findings.export(filter, limit);
                Map<String, ReviewRepository.Review> decided = reviews.ofDocuments(
                        all.stream().map(FindingRepository.ExportFinding::documentId).distinct().toList());
                for (FindingRepository.ExportFinding f : all) {
                    String location = QueryService.locationOf(f.section(), f.cells(), f.spanStart(), f.spanEnd());
                    ReviewRepository.Review v = decided.get(ReviewRepository.Review.key(f.documentId(), f.ruleId(), location));
                    rows.add(Arrays.asList(f.documentId(), f.agency(), f.reportYear(), f.ruleId(), f.severity(),
                            f.section(), f.messageZh(), f.messageEn(), f.expected(), f.actual(), f.origin(),
                            f.relatedDocumentId(), f.cells(), location, v == null ? null : v.decision(),
                            v == null ? null : v.reason(), v == null ? null : v.reviewer(),
                            v == null || v.decidedAt() == null ? null : v.decidedAt().toString()));
                }
                yield new Tabular("findings", List.of("documentId", "agency", "reportYear", "ruleId", "severity",
                        "section", "messageZh", "messageEn", "expected", "actual", "origin", "relatedDocumentId",
                        "cells", "location", "review", "reviewReason", "reviewer", "reviewedAt"), rows);
            }
            default -> throw new IllegalArgumentException("unknown export '" + kind + "'; known: " + KINDS);
        };
    }

    public static byte[] csv(Tabular t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = new Csv(out, t.header())) {
            t.rows().forEach(csv::row);
        }
        return out.toByteArray();
    }
}
