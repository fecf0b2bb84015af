package io.nianbao.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.HistoryFinding;
import io.nianbao.store.domain.HistoryRules;
import io.nianbao.store.domain.ReportFacts;
import io.nianbao.store.domain.TextSimilarity;
import io.nianbao.store.entity.CellEntity;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.repository.CellRepository;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the history rules for a report that arrived and for its neighbours (the same report's other documents,
 * the agency's next report, the same-year reports it resembles, every report whose findings name one of
 * these), so that a rule fires whichever of two reports arrives first. Findings are diffed by fingerprint:
 * running the rules again adds and announces only what is new and removes what no longer holds.
 */
@ApplicationScoped
public class HistoryService {
    @Inject
    ReportRepository reports;
    @Inject
    CellRepository cells;
    @Inject
    FindingRepository findings;
    @Inject
    StoreConfig config;

    private static final ObjectMapper MAPPER = Json.mapper();

    /** A history finding stored on a document. */
    public record Added(String documentId, HistoryFinding finding) {
    }

    /**
     * Re-runs the history rules around {@code subject}. {@code alsoAffected}: documents whose findings may have
     * changed for another reason (e.g. the subject's previous group when a re-validation changed its agency).
     * Documents whose findings changed are added to {@code touched}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Added> recompute(ReportEntity subject, Collection<String> alsoAffected, Set<String> touched) {
        Set<String> affected = new LinkedHashSet<>();
        affected.add(subject.documentId);
        Set<String> around = new LinkedHashSet<>();
        around.add(subject.documentId);
        if (subject.agencyKey != null && subject.reportYear != null) {
            reports.sameReport(subject.agencyKey, subject.reportYear).forEach(r -> around.add(r.documentId));
            ReportEntity next = reports.nextOf(subject.agencyKey, subject.reportYear);
            if (next != null) {
                affected.add(next.documentId);
            }
        }
        around.addAll(alsoAffected);
        affected.addAll(around);
        affected.addAll(findings.documentsNaming(around));

        List<Added> added = new ArrayList<>();
        List<HistoryFinding> subjectFindings = apply(subject.documentId, added, touched);
        for (HistoryFinding f : subjectFindings) {
            if (HistoryRules.COPIED_TEXT.equals(f.ruleId()) && f.relatedDocumentId() != null) {
                affected.add(f.relatedDocumentId());
            }
        }
        for (String id : affected) {
            if (!id.equals(subject.documentId)) {
                apply(id, added, touched);
            }
        }
        return added;
    }

    /** Computes the findings of one document, stores the difference, returns the full computed set. */
    List<HistoryFinding> apply(String documentId, List<Added> added, Set<String> touched) {
        List<HistoryFinding> computed = compute(documentId);
        Map<String, HistoryFinding> wanted = new LinkedHashMap<>();
        computed.forEach(f -> wanted.putIfAbsent(f.fingerprint(), f));
        boolean changed = false;
        for (FindingEntity old : findings.ofDocument(documentId, FindingEntity.ORIGIN_STORE)) {
            if (wanted.remove(old.fingerprint) == null) {
                old.delete();
                changed = true;
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (HistoryFinding f : wanted.values()) {
            FindingEntity e = toEntity(documentId, f, now);
            e.persist();
            added.add(new Added(documentId, f));
            changed = true;
        }
        if (changed) {
            touched.add(documentId);
        }
        return computed;
    }

    /** The history findings one document should have now. */
    public List<HistoryFinding> compute(String documentId) {
        ReportEntity e = reports.findById(documentId);
        List<HistoryFinding> out = new ArrayList<>();
        if (e == null || e.agencyKey == null || e.reportYear == null) {
            return out;
        }
        if (!e.current) {
            if (e.supersededBy != null) {
                out.add(HistoryRules.duplicate(documentId, e.supersededBy, e.supersededBy, e.agencyKey, e.reportYear));
            }
            return out;
        }
        for (ReportEntity g : reports.sameReport(e.agencyKey, e.reportYear)) {
            if (!g.documentId.equals(documentId)) {
                out.add(HistoryRules.duplicate(documentId, g.documentId, documentId, e.agencyKey, e.reportYear));
            }
        }
        ReportFacts facts = facts(e, true);
        ReportEntity previous = reports.currentOf(e.agencyKey, e.reportYear - 1);
        if (previous != null) {
            ReportFacts p = facts(previous, true);
            out.addAll(HistoryRules.carryOver(facts, p));
            out.addAll(HistoryRules.inForceDrift(facts, p));
        }
        double threshold = config.copiedTextThreshold();
        int minChars = config.copiedTextMinChars();
        ReportEntity before = reports.previousOf(e.agencyKey, e.reportYear);
        if (before != null) {
            out.addAll(HistoryRules.copiedText(facts, facts(before, false), HistoryRules.CopyKind.SAME_AGENCY_PREVIOUS,
                    threshold, minChars));
        }
        if (e.narrativeChars >= minChars) {
            int[] bounds = TextSimilarity.lengthBounds(e.narrativeChars, threshold);
            for (ReportEntity c : reports.copyCandidates(e, Math.max(minChars, bounds[0]), bounds[1],
                    config.copiedTextCandidates())) {
                out.addAll(HistoryRules.copiedText(facts, facts(c, false), HistoryRules.CopyKind.OTHER_AGENCY_SAME_YEAR,
                        threshold, minChars));
            }
        }
        return out;
    }

    ReportFacts facts(ReportEntity e, boolean withTables) {
        List<BigDecimal> carriedOver = null;
        List<BigDecimal> carriedForward = null;
        Map<String, Map<String, BigDecimal>> active = null;
        if (withTables) {
            Map<String, BigDecimal[]> rows = new HashMap<>();
            for (CellEntity c : cells.ofDocument(e.documentId)) {
                if (TemplateKeys.TABLE_APPLICATIONS.equals(c.tableKey)
                        && ("carriedOver".equals(c.rowKey) || "carriedForward".equals(c.rowKey))) {
                    int i = TemplateKeys.APPLICANT_COLUMNS.indexOf(c.columnKey);
                    if (i >= 0) {
                        rows.computeIfAbsent(c.rowKey, k -> new BigDecimal[TemplateKeys.APPLICANT_COLUMNS.size()])[i] = c.value;
                    }
                } else if (TemplateKeys.TABLE_ACTIVE.equals(c.tableKey)) {
                    if (active == null) {
                        active = new LinkedHashMap<>();
                    }
                    active.computeIfAbsent(c.rowKey, k -> new LinkedHashMap<>()).put(c.columnKey, c.value);
                }
            }
            carriedOver = rows.containsKey("carriedOver") ? Arrays.asList(rows.get("carriedOver")) : null;
            carriedForward = rows.containsKey("carriedForward") ? Arrays.asList(rows.get("carriedForward")) : null;
        }
        return new ReportFacts(e.documentId, e.agencyKey, e.reportYear, e.template, e.publishedOn,
                carriedOver, carriedForward, active, e.narrativeNorm);
    }

    static FindingEntity toEntity(String documentId, HistoryFinding f, OffsetDateTime now) {
        FindingEntity e = new FindingEntity();
        e.documentId = documentId;
        e.ruleId = f.ruleId();
        e.severity = f.severity();
        e.messageZh = f.messageZh();
        e.messageEn = f.messageEn();
        e.section = f.section();
        e.cells = cellsJson(toContract(f).cells);
        e.expected = f.expected();
        e.actual = f.actual();
        e.origin = FindingEntity.ORIGIN_STORE;
        e.relatedDocumentId = f.relatedDocumentId();
        e.fingerprint = f.fingerprint();
        e.createdAt = now;
        return e;
    }

    public static ReportRecord.Finding toContract(HistoryFinding f) {
        ReportRecord.Finding out = new ReportRecord.Finding();
        out.ruleId = f.ruleId();
        out.severity = f.severity();
        out.messageZh = f.messageZh();
        out.messageEn = f.messageEn();
        out.section = f.section();
        out.cells = f.cells() == null ? List.of()
                : f.cells().stream().map(c -> new ReportRecord.CellRef(c.table(), c.row(), c.column())).toList();
        out.expected = f.expected();
        out.actual = f.actual();
        out.origin = HistoryFinding.ORIGIN;
        return out;
    }

    static String cellsJson(List<ReportRecord.CellRef> refs) {
        try {
            return MAPPER.writeValueAsString(refs == null ? List.of() : refs);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
