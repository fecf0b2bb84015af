package io.nianbao.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.HistoryFinding;
import io.nianbao.store.domain.HistoryRules;
import io.nianbao.store.domain.MinHash;
import io.nianbao.store.domain.ReportFacts;
import io.nianbao.store.domain.SameReport;
import io.nianbao.store.domain.TextSimilarity;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.repository.HistorySql;
import io.nianbao.store.repository.StoreSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes and stores the history findings of one document by indexed lookups only (see {@link HistorySql}):
 * the documents of its report (DUPLICATE_REPORT names the neighbours in recency order), the agency's current
 * report of the previous year (CARRY_OVER_MISMATCH, IN_FORCE_DRIFT), the agency's previous report (COPIED_TEXT,
 * same agency) and the same-year reports sharing an LSH band of its MinHash sketch (COPIED_TEXT, other agencies).
 * Findings are diffed by fingerprint: only new ones are stored and reported, those that no longer hold removed.
 */
@ApplicationScoped
public class HistoryService {
    private static final ObjectMapper MAPPER = Json.mapper();

    @Inject
    StoreConfig config;

    /** A history finding newly stored on a document. */
    public record Added(String documentId, HistoryFinding finding) {
    }

    /** The ordered document ids of each report met in one record's processing (agencyKey|year -> oldest..current). */
    public static final class Groups {
        final Map<String, List<String>> ordered = new HashMap<>();

        public void put(String agencyKey, Integer year, List<String> ids) {
            ordered.put(agencyKey + "|" + year, ids);
        }

        List<String> get(HistorySql sql, String agencyKey, Integer year) throws SQLException {
            String k = agencyKey + "|" + year;
            List<String> ids = ordered.get(k);
            if (ids == null) {
                List<SameReport.Candidate> candidates = new ArrayList<>();
                for (HistorySql.Member m : sql.group(agencyKey, year)) {
                    candidates.add(new SameReport.Candidate(m.id(), m.publishedOn(), m.receivedAt()));
                }
                ids = SameReport.ordered(candidates).stream().map(SameReport.Candidate::documentId).toList();
                ordered.put(k, ids);
            }
            return ids;
        }
    }

    /**
     * Recomputes the findings of {@code documentId}, stores the difference; new findings go to {@code added},
     * the document to {@code touched} when its findings changed. Returns the computed findings.
     */
    public List<HistoryFinding> apply(HistorySql sql, StoreSql store, Groups groups, String documentId,
                                      List<Added> added, Set<String> touched) throws SQLException {
        List<HistoryFinding> computed = compute(sql, groups, documentId);
        Map<String, HistoryFinding> wanted = new LinkedHashMap<>();
        computed.forEach(f -> wanted.putIfAbsent(f.fingerprint(), f));
        List<Long> obsolete = new ArrayList<>();
        for (HistorySql.Stored old : sql.historyFindings(documentId)) {
            if (wanted.remove(old.fingerprint()) == null) {
                obsolete.add(old.id());
            }
        }
        store.deleteFindings(obsolete);
        List<StoreSql.Finding> rows = new ArrayList<>();
        for (HistoryFinding f : wanted.values()) {
            rows.add(toRow(f));
            added.add(new Added(documentId, f));
        }
        store.insertFindings(documentId, rows);
        if (!obsolete.isEmpty() || !rows.isEmpty()) {
            touched.add(documentId);
        }
        return computed;
    }

    /** The history findings one document should have now. */
    public List<HistoryFinding> compute(HistorySql sql, Groups groups, String documentId) throws SQLException {
        HistorySql.Row e = sql.row(documentId);
        List<HistoryFinding> out = new ArrayList<>();
        if (e == null || e.agencyKey() == null || e.year() == null) {
            return out;
        }
        out.addAll(HistoryRules.duplicates(documentId, groups.get(sql, e.agencyKey(), e.year()), e.agencyKey(), e.year()));
        if (!e.current()) {
            return out; // only current reports are judged against current reports
        }
        ReportFacts facts = null;
        HistorySql.Row previous = sql.currentOf(e.agencyKey(), e.year() - 1);
        if (previous != null) {
            facts = facts(sql, e, true);
            ReportFacts p = facts(sql, previous, true);
            out.addAll(HistoryRules.carryOver(facts, p));
            out.addAll(HistoryRules.inForceDrift(facts, p));
        }
        double threshold = config.copiedTextThreshold();
        int minChars = config.copiedTextMinChars();
        if (e.sketch() == null || e.narrativeChars() < minChars) {
            return out;
        }
        if (facts == null) {
            facts = facts(sql, e, false);
        }
        HistorySql.Row before = previous != null ? previous : sql.previousOf(e.agencyKey(), e.year());
        if (before != null) {
            out.addAll(HistoryRules.copiedText(facts, facts(sql, before, false), HistoryRules.CopyKind.SAME_AGENCY_PREVIOUS,
                    threshold, minChars));
        }
        int[] bounds = TextSimilarity.lengthBounds(e.narrativeChars(), threshold);
        for (HistorySql.Row c : sql.bandMatches(documentId, e.agencyKey(), e.year(), MinHash.bands(e.sketch()),
                Math.max(minChars, bounds[0]), bounds[1], config.copiedTextCandidates())) {
            out.addAll(HistoryRules.copiedText(facts, facts(sql, c, false), HistoryRules.CopyKind.OTHER_AGENCY_SAME_YEAR,
                    threshold, minChars));
        }
        return out;
    }

    static ReportFacts facts(HistorySql sql, HistorySql.Row e, boolean withTables) throws SQLException {
        HistorySql.Tables t = withTables ? sql.tables(e.id()) : new HistorySql.Tables(null, null, null);
        return new ReportFacts(e.id(), e.agencyKey(), e.year(), e.template(), e.publishedOn(),
                t.carriedOver(), t.carriedForward(), t.active(), e.narrativeChars(), e.sketch());
    }

    static StoreSql.Finding toRow(HistoryFinding f) {
        return new StoreSql.Finding(f.ruleId(), f.severity(), f.messageZh(), f.messageEn(), f.section(),
                cellsJson(toContract(f).cells), null, null, null, f.expected(), f.actual(), FindingEntity.ORIGIN_STORE,
                f.relatedDocumentId(), f.fingerprint());
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
