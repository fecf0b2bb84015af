package io.nianbao.store.service;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.domain.Narrative;
import io.nianbao.store.domain.PgText;
import io.nianbao.store.domain.ReportStatus;
import io.nianbao.store.domain.SameReport;
import io.nianbao.store.domain.StoreDecision;
import io.nianbao.store.entity.CellEntity;
import io.nianbao.store.entity.DocumentEntity;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.entity.SectionEntity;
import io.nianbao.store.repository.CellRepository;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReportRepository;
import io.nianbao.store.repository.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores a validated record in one transaction: document, report, cells, sections, validate-service's
 * findings; decides which document of a report is current; runs the history rules; recounts the findings.
 * Returns the change events to publish once the transaction has committed.
 */
@ApplicationScoped
public class StoreService {
    private static final Logger LOG = Logger.getLogger(StoreService.class);

    @Inject
    ReportRepository reports;
    @Inject
    CellRepository cells;
    @Inject
    SectionRepository sections;
    @Inject
    FindingRepository findings;
    @Inject
    HistoryService history;

    public record Outcome(StoreDecision decision, List<ChangeEvent> events) {
    }

    @Transactional
    public Outcome store(ReportRecord rec, String json) {
        if (rec == null || !DocumentIds.isValid(rec.documentId)) {
            throw new IllegalArgumentException("not a validated record: documentId must be 64 lower-case hex characters, got "
                    + (rec == null ? null : rec.documentId));
        }
        String id = rec.documentId;
        ReportRecord.Report rep = rec.report != null ? rec.report : new ReportRecord.Report();
        String agencyKey = agencyKey(rep);
        lock(agencyKey != null ? "agency:" + agencyKey : "document:" + id);

        ReportEntity existing = reports.findById(id);
        StoreDecision decision = StoreDecision.decide(existing != null,
                existing == null ? null : existing.ruleSetVersion, existing == null ? null : existing.parserVersion,
                rec.ruleSetVersion, rec.parserVersion);
        if (decision == StoreDecision.DUPLICATE || decision == StoreDecision.STALE) {
            LOG.debugf("document %s: %s (stored rule set %s, incoming %s)", id, decision,
                    existing.ruleSetVersion, rec.ruleSetVersion);
            return new Outcome(decision, List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        DocumentEntity doc = DocumentEntity.findById(id);
        if (doc == null) {
            doc = new DocumentEntity();
            doc.id = id;
            doc.firstStoredAt = now;
            fillSource(doc, rec.source);
            doc.persist();
        } else if (rec.source != null) {
            fillSource(doc, rec.source);
        }

        Set<String> alsoAffected = new LinkedHashSet<>();
        ReportEntity r;
        String oldKey = null;
        Integer oldYear = null;
        boolean moved = false;
        if (existing != null) {
            r = existing;
            if (!Objects.equals(r.agencyKey, agencyKey) || !Objects.equals(r.reportYear, rep.reportYear)) {
                // a re-parse moved the document to another agency or year: its old group must be re-decided
                moved = true;
                oldKey = r.agencyKey;
                oldYear = r.reportYear;
                reports.sameReport(r.agencyKey, r.reportYear).forEach(g -> alsoAffected.add(g.documentId));
                alsoAffected.remove(id);
                r.current = true;
                r.supersededBy = null;
            }
            cells.delete("documentId", id);
            sections.delete("documentId", id);
            findings.delete("documentId = ?1 and origin <> ?2", id, FindingEntity.ORIGIN_STORE);
        } else {
            r = new ReportEntity();
            r.documentId = id;
            r.storedAt = now;
        }
        fillReport(r, rec, rep, agencyKey, json);
        r.updatedAt = now;
        if (existing == null) {
            r.persist();
        }
        reports.flush();
        insertTables(id, rec);
        insertSections(id, rec);
        insertValidateFindings(id, rec, now);
        reports.flush();

        Set<String> touched = new LinkedHashSet<>();
        touched.add(id);
        List<String> superseded = new ArrayList<>();
        regroup(agencyKey, rep.reportYear, superseded, touched);
        if (moved) {
            regroup(oldKey, oldYear, superseded, touched);
        }
        reports.flush();
        List<HistoryService.Added> added = history.recompute(r, alsoAffected, touched);
        reports.flush();
        for (String t : touched) {
            recount(t);
        }
        reports.flush();

        List<ChangeEvent> events = new ArrayList<>();
        ChangeEvent stored = ChangeEvent.of(ChangeEvent.STORED, r, r.ruleSetVersion + "|" + r.parserVersion);
        stored.revision = existing == null ? "new" : "replaced";
        events.add(stored);
        for (String s : superseded) {
            ReportEntity e = reports.findById(s);
            events.add(ChangeEvent.of(ChangeEvent.SUPERSEDED, e, e.supersededBy));
        }
        for (HistoryService.Added a : added) {
            ReportEntity e = reports.findById(a.documentId());
            ChangeEvent ev = ChangeEvent.of(ChangeEvent.FINDING_ADDED, e, a.finding().fingerprint());
            ev.finding = HistoryService.toContract(a.finding());
            ev.relatedDocumentId = a.finding().relatedDocumentId();
            events.add(ev);
        }
        LOG.infof("document %s stored (%s): %s %s, %d history finding(s) added, %d superseded", id, decision,
                agencyKey, rep.reportYear, added.size(), superseded.size());
        return new Outcome(decision, events);
    }

    /** Serializes work on one agency's history across consumers and instances (released at commit). */
    void lock(String key) {
        reports.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .setParameter("k", key).getSingleResult();
    }

    static String agencyKey(ReportRecord.Report rep) {
        if (rep.agencyCanonical != null && !rep.agencyCanonical.isBlank()) {
            return PgText.clean(rep.agencyCanonical.trim());
        }
        if (rep.agency != null && !rep.agency.isBlank()) {
            return PgText.clean(rep.agency.trim());
        }
        return null;
    }

    /** Re-decides which document of a report is current; adds newly superseded ones to {@code superseded}. */
    void regroup(String agencyKey, Integer year, List<String> superseded, Set<String> touched) {
        List<ReportEntity> group = reports.sameReport(agencyKey, year);
        if (group.isEmpty()) {
            return;
        }
        List<SameReport.Candidate> candidates = new ArrayList<>();
        for (ReportEntity g : group) {
            DocumentEntity d = DocumentEntity.findById(g.documentId);
            candidates.add(new SameReport.Candidate(g.documentId, g.publishedOn,
                    d == null || d.receivedAt == null ? null : d.receivedAt.toInstant()));
        }
        String current = SameReport.current(candidates);
        for (ReportEntity g : group) {
            boolean isCurrent = g.documentId.equals(current);
            String by = isCurrent ? null : current;
            if (g.current && !isCurrent) {
                superseded.add(g.documentId);
            }
            if (g.current != isCurrent || !Objects.equals(g.supersededBy, by)) {
                g.current = isCurrent;
                g.supersededBy = by;
                touched.add(g.documentId);
            }
        }
    }

    void recount(String documentId) {
        ReportEntity r = reports.findById(documentId);
        if (r == null) {
            return;
        }
        int[] c = findings.counts(documentId);
        r.errors = c[0];
        r.warnings = c[1];
        r.infos = c[2];
        r.status = ReportStatus.of(c[0], c[1]);
    }

    static void fillSource(DocumentEntity doc, ReportRecord.Source s) {
        if (s == null) {
            return;
        }
        doc.fileName = PgText.clean(s.fileName);
        doc.mediaType = s.mediaType;
        doc.uri = s.uri;
        doc.receivedAt = parseInstant(s.receivedAt);
        doc.sizeBytes = s.sizeBytes;
        doc.agencyHint = s.agencyHint;
        doc.channel = s.channel;
    }

    static void fillReport(ReportEntity r, ReportRecord rec, ReportRecord.Report rep, String agencyKey, String json) {
        r.title = PgText.clean(rep.title);
        r.agency = PgText.clean(rep.agency);
        r.agencyCanonical = PgText.clean(rep.agencyCanonical);
        r.agencyKey = agencyKey;
        r.regionCode = rep.regionCode;
        r.agencyKind = rep.agencyKind;
        r.reportYear = rep.reportYear;
        r.template = rep.template;
        r.publishedOn = parseDate(rep.publishedOn);
        r.statedPeriod = PgText.clean(rep.statedPeriod);
        r.parserVersion = rec.parserVersion;
        r.ruleSetVersion = rec.ruleSetVersion;
        List<Narrative.Part> parts = rec.sections == null ? List.of()
                : rec.sections.stream().map(s -> new Narrative.Part(s.number, s.text)).toList();
        r.narrativeNorm = Narrative.of(rep.template, parts, rec.text);
        r.narrativeChars = r.narrativeNorm.length();
        r.record = PgText.cleanJson(json);
        if (r.status == null) {
            r.status = ReportStatus.CLEAN;
        }
    }

    void insertTables(String id, ReportRecord rec) {
        int pos = 0;
        if (rec.activeDisclosure != null) {
            for (var row : rec.activeDisclosure.entrySet()) {
                if (row.getValue() == null) {
                    continue;
                }
                for (var col : row.getValue().entrySet()) {
                    cell(id, TemplateKeys.TABLE_ACTIVE, row.getKey(), col.getKey(), pos++, col.getValue());
                }
            }
        }
        pos = 0;
        if (rec.applications != null) {
            for (var row : rec.applications.entrySet()) {
                List<BigDecimal> values = row.getValue();
                if (values == null) {
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    String col = i < TemplateKeys.APPLICANT_COLUMNS.size() ? TemplateKeys.APPLICANT_COLUMNS.get(i) : "col" + i;
                    cell(id, TemplateKeys.TABLE_APPLICATIONS, row.getKey(), col, pos++, values.get(i));
                }
            }
        }
        pos = 0;
        if (rec.reviewLitigation != null) {
            for (Map.Entry<String, Map<String, BigDecimal>> g : rec.reviewLitigation.entrySet()) {
                if (g.getValue() == null) {
                    continue;
                }
                for (var col : g.getValue().entrySet()) {
                    cell(id, TemplateKeys.TABLE_REVIEW, g.getKey(), col.getKey(), pos++, col.getValue());
                }
            }
        }
    }

    void cell(String id, String table, String row, String column, int position, BigDecimal value) {
        CellEntity c = new CellEntity();
        c.documentId = id;
        c.tableKey = table;
        c.rowKey = row;
        c.columnKey = column;
        c.position = position;
        c.value = value;
        c.persist();
    }

    void insertSections(String id, ReportRecord rec) {
        if (rec.sections == null) {
            return;
        }
        for (ReportRecord.Section s : rec.sections) {
            SectionEntity e = new SectionEntity();
            e.documentId = id;
            e.number = s.number;
            e.title = PgText.clean(s.title);
            e.text = PgText.clean(s.text);
            e.spanStart = s.start;
            e.spanEnd = s.end;
            e.persist();
        }
    }

    void insertValidateFindings(String id, ReportRecord rec, OffsetDateTime now) {
        if (rec.findings == null) {
            return;
        }
        for (ReportRecord.Finding f : rec.findings) {
            if (f == null || f.ruleId == null || FindingEntity.ORIGIN_STORE.equals(f.origin)) {
                continue; // the history findings are the store's own: recomputed, never taken from a record
            }
            FindingEntity e = new FindingEntity();
            e.documentId = id;
            e.ruleId = f.ruleId;
            e.severity = f.severity == null ? "info" : f.severity;
            e.messageZh = PgText.clean(f.messageZh);
            e.messageEn = PgText.clean(f.messageEn);
            e.section = f.section;
            e.cells = PgText.cleanJson(HistoryService.cellsJson(f.cells));
            e.spanStart = f.spanStart;
            e.spanEnd = f.spanEnd;
            e.evidence = PgText.clean(f.evidence);
            e.expected = PgText.clean(f.expected);
            e.actual = PgText.clean(f.actual);
            e.origin = f.origin == null ? FindingEntity.ORIGIN_VALIDATE : f.origin;
            e.createdAt = now;
            e.persist();
        }
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static OffsetDateTime parseInstant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.trim()).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
