package io.nianbao.store.service;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.domain.HistoryRules;
import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.entity.CellEntity;
import io.nianbao.store.entity.DocumentEntity;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.entity.SectionEntity;
import io.nianbao.store.repository.CellRepository;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReportRepository;
import io.nianbao.store.repository.ReportSummary;
import io.nianbao.store.repository.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read side: the shapes the REST API returns. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueryService {
    @Inject
    ReportRepository reports;
    @Inject
    CellRepository cells;
    @Inject
    SectionRepository sections;
    @Inject
    FindingRepository findings;

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public Page<ReportSummary> search(ReportFilter filter, SortSpec sort, int page, int size) {
        List<ReportSummary> items = reports.search(filter, sort, page * size, size);
        return new Page<>(items, page, size, reports.count(filter));
    }

    /** The full view of one report, or null when unknown. */
    public Map<String, Object> detail(String documentId) {
        ReportEntity r = reports.findById(documentId);
        if (r == null) {
            return null;
        }
        DocumentEntity d = DocumentEntity.findById(documentId);
        ReportRecord rec = Json.read(r.record, ReportRecord.class);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentId", r.documentId);
        Map<String, Object> source = new LinkedHashMap<>();
        if (d != null) {
            source.put("fileName", d.fileName);
            source.put("mediaType", d.mediaType);
            source.put("uri", d.uri);
            source.put("receivedAt", d.receivedAt);
            source.put("sizeBytes", d.sizeBytes);
            source.put("agencyHint", d.agencyHint);
            source.put("channel", d.channel);
        }
        out.put("source", source);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("title", r.title);
        report.put("agency", r.agency);
        report.put("agencyCanonical", r.agencyCanonical);
        report.put("regionCode", r.regionCode);
        report.put("agencyKind", r.agencyKind);
        report.put("reportYear", r.reportYear);
        report.put("publishedOn", r.publishedOn);
        report.put("statedPeriod", r.statedPeriod);
        report.put("template", r.template);
        out.put("report", report);
        out.put("status", r.status);
        out.put("summary", Map.of("errors", r.errors, "warnings", r.warnings, "infos", r.infos, "status", r.status));
        out.put("current", r.current);
        out.put("supersededBy", r.supersededBy);
        List<Map<String, Object>> same = new ArrayList<>();
        for (ReportEntity g : reports.sameReport(r.agencyKey, r.reportYear)) {
            if (!g.documentId.equals(documentId)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("documentId", g.documentId);
                m.put("publishedOn", g.publishedOn);
                m.put("current", g.current);
                same.add(m);
            }
        }
        out.put("sameReport", same);
        out.put("parserVersion", r.parserVersion);
        out.put("ruleSetVersion", r.ruleSetVersion);
        out.put("storedAt", r.storedAt);
        out.put("updatedAt", r.updatedAt);
        out.put("tables", tables(cells.ofDocument(documentId)));
        out.put("narrative", rec.narrative);
        out.put("parseNotes", rec.parseNotes);
        List<Map<String, Object>> secs = new ArrayList<>();
        for (SectionEntity s : sections.ofDocument(documentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", s.number);
            m.put("title", s.title);
            m.put("text", s.text);
            m.put("start", s.spanStart);
            m.put("end", s.spanEnd);
            secs.add(m);
        }
        out.put("sections", secs);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (FindingEntity f : findings.ofDocument(documentId)) {
            fs.add(finding(f));
        }
        out.put("findings", fs);
        return out;
    }

    static Map<String, Object> finding(FindingEntity f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId);
        m.put("severity", f.severity);
        m.put("messageZh", f.messageZh);
        m.put("messageEn", f.messageEn);
        m.put("section", f.section);
        m.put("cells", f.cells == null ? List.of() : Json.read(f.cells, ReportRecord.CellRef[].class));
        m.put("spanStart", f.spanStart);
        m.put("spanEnd", f.spanEnd);
        m.put("evidence", f.evidence);
        m.put("expected", f.expected);
        m.put("actual", f.actual);
        m.put("origin", f.origin);
        m.put("relatedDocumentId", f.relatedDocumentId);
        return m;
    }

    /** Rebuilds the three tables from the long-form cells: applications rows as 7-column arrays. */
    static Map<String, Object> tables(List<CellEntity> all) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> active = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> apps = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> review = new LinkedHashMap<>();
        all.stream().sorted((a, b) -> a.position - b.position).forEach(c -> {
            switch (c.tableKey) {
                case TemplateKeys.TABLE_ACTIVE -> active.computeIfAbsent(c.rowKey, k -> new LinkedHashMap<>()).put(c.columnKey, c.value);
                case TemplateKeys.TABLE_REVIEW -> review.computeIfAbsent(c.rowKey, k -> new LinkedHashMap<>()).put(c.columnKey, c.value);
                case TemplateKeys.TABLE_APPLICATIONS -> {
                    List<BigDecimal> row = apps.computeIfAbsent(c.rowKey, k -> {
                        List<BigDecimal> l = new ArrayList<>();
                        for (int i = 0; i < TemplateKeys.APPLICANT_COLUMNS.size(); i++) {
                            l.add(null);
                        }
                        return l;
                    });
                    int i = TemplateKeys.APPLICANT_COLUMNS.indexOf(c.columnKey);
                    if (i >= 0) {
                        row.set(i, c.value);
                    }
                }
                default -> {
                }
            }
        });
        if (!active.isEmpty()) {
            out.put(TemplateKeys.TABLE_ACTIVE, active);
        }
        if (!apps.isEmpty()) {
            out.put(TemplateKeys.TABLE_APPLICATIONS, apps);
        }
        if (!review.isEmpty()) {
            out.put(TemplateKeys.TABLE_REVIEW, review);
        }
        return out;
    }

    /** Year by year: every stored document of the agency (current first within a year). */
    public List<Map<String, Object>> agencyHistory(String agency) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportEntity r : reports.byAgency(agency)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", r.reportYear);
            m.put("documentId", r.documentId);
            m.put("title", r.title);
            m.put("publishedOn", r.publishedOn);
            m.put("template", r.template);
            m.put("status", r.status);
            m.put("current", r.current);
            m.put("supersededBy", r.supersededBy);
            BigDecimal received = null;
            BigDecimal carriedOver = null;
            BigDecimal carriedForward = null;
            for (CellEntity c : cells.ofDocument(r.documentId, TemplateKeys.TABLE_APPLICATIONS)) {
                if ("total".equals(c.columnKey)) {
                    switch (c.rowKey) {
                        case "newReceived" -> received = c.value;
                        case "carriedOver" -> carriedOver = c.value;
                        case "carriedForward" -> carriedForward = c.value;
                        default -> {
                        }
                    }
                }
            }
            m.put("applicationsReceived", received);
            m.put("carriedOver", carriedOver);
            m.put("carriedForward", carriedForward);
            m.put("findings", Map.of("errors", r.errors, "warnings", r.warnings, "infos", r.infos));
            Map<String, Integer> byRule = new TreeMap<>();
            for (FindingEntity f : findings.ofDocument(r.documentId)) {
                byRule.merge(f.ruleId, 1, Integer::sum);
            }
            m.put("findingsByRule", byRule);
            out.add(m);
        }
        return out;
    }

    public List<CellRepository.RegionYearSum> applicationsByRegion(String level, Integer yearFrom, Integer yearTo) {
        int len = switch (level == null ? "province" : level) {
            case "province" -> 2;
            case "city" -> 4;
            case "county" -> 6;
            default -> throw new IllegalArgumentException("level must be province, city or county: " + level);
        };
        return cells.applicationsByRegion(len, yearFrom, yearTo);
    }

    public List<FindingRepository.RuleYearCount> findingsByRuleAndYear(Integer yearFrom, Integer yearTo) {
        return findings.countsByRuleAndYear(yearFrom, yearTo);
    }

    /** The catalogue: the history rules (static) and every rule seen in stored findings. */
    public List<Map<String, Object>> rules() {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        HistoryRules.CATALOGUE.forEach((id, severity) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", id);
            m.put("severity", severity);
            m.put("origin", "store-service");
            m.put("description", HistoryRules.DESCRIPTIONS.get(id));
            m.put("findings", 0L);
            byId.put(id, m);
        });
        for (FindingRepository.RuleSeen s : findings.rulesSeen()) {
            Map<String, Object> m = byId.computeIfAbsent(s.ruleId(), k -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("ruleId", s.ruleId());
                n.put("severity", s.severity());
                n.put("origin", s.origin());
                n.put("findings", 0L);
                return n;
            });
            m.put("findings", (Long) m.get("findings") + s.findings());
        }
        return new ArrayList<>(byId.values());
    }

    /** Stored records, for re-validation (POST /api/admin/revalidate). */
    public List<ReportEntity> records(ReportFilter filter, int limit) {
        List<ReportSummary> ids = reports.search(filter, SortSpec.parse("year,documentId"), 0, limit);
        List<ReportEntity> out = new ArrayList<>();
        for (ReportSummary s : ids) {
            out.add(reports.findById(s.documentId()));
        }
        return out;
    }

}
