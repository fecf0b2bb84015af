package io.nianbao.store.service;

import io.agroal.api.AgroalDataSource;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.HistoryFinding;
import io.nianbao.store.domain.HistoryRules;
import io.nianbao.store.domain.MinHash;
import io.nianbao.store.domain.Narrative;
import io.nianbao.store.domain.PgText;
import io.nianbao.store.domain.SameReport;
import io.nianbao.store.domain.StoreDecision;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.repository.HistorySql;
import io.nianbao.store.repository.StoreSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Stores a batch of validated records in ONE transaction (plain JDBC on the transaction's connection): per record
 * the decision (by documentId and versions), document, report, cells, sections and validate-service's findings
 * (JDBC batches), the current document of its report, the history findings of the record and of the few
 * neighbours they can change, the recount, and its change events as rows of the {@code outbox} table, which
 * {@code OutboxRelay} publishes after the commit. A record sees the records before it in the same batch.
 */
@ApplicationScoped
public class StoreService {
    private static final Logger LOG = Logger.getLogger(StoreService.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    HistoryService history;
    @Inject
    StoreConfig config;

    /** A record read from reports.validated (already checked: readable, valid documentId). */
    public record Incoming(ReportRecord record, String json) {
    }

    /** What was done with one record: the decision and how many change events went to the outbox. */
    public record Result(String documentId, StoreDecision decision, int events) {
    }

    /** Thrown for a record that is not a validated record (never stored: dead-letter it). */
    public static final class NotARecord extends IllegalArgumentException {
        public NotARecord(String message) {
            super(message);
        }
    }

    /** Wraps an SQLException so that the transaction rolls back (it is unchecked); the cause is kept for RetryPolicy. */
    public static final class StoreFailure extends RuntimeException {
        public StoreFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Checks what can be checked without the database; throws {@link NotARecord}. */
    public static Incoming read(String json) {
        if (json == null || json.isBlank()) {
            throw new NotARecord("empty message on reports.validated");
        }
        ReportRecord rec;
        try {
            rec = Json.read(json, ReportRecord.class);
        } catch (RuntimeException e) {
            throw new NotARecord("not a JSON ReportRecord: " + e.getMessage());
        }
        if (rec == null || !DocumentIds.isValid(rec.documentId)) {
            throw new NotARecord("not a validated record: documentId must be 64 lower-case hex characters, got "
                    + (rec == null ? null : rec.documentId));
        }
        return new Incoming(rec, json);
    }

    @Transactional
    public List<Result> storeBatch(List<Incoming> batch) {
        try (Connection c = dataSource.getConnection()) {
            StoreSql store = new StoreSql(c);
            HistorySql hist = new HistorySql(c);
            Set<String> keys = new TreeSet<>();
            for (Incoming in : batch) {
                keys.add(lockKey(in.record()));
            }
            store.lock(keys);
            List<Result> out = new ArrayList<>(batch.size());
            for (Incoming in : batch) {
                out.add(storeOne(store, hist, in));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    static String lockKey(ReportRecord rec) {
        String key = rec.report == null ? null : agencyKey(rec.report);
        return key != null ? "agency:" + key : "document:" + rec.documentId;
    }

    Result storeOne(StoreSql store, HistorySql hist, Incoming in) throws SQLException {
        ReportRecord rec = in.record();
        String id = rec.documentId;
        ReportRecord.Report rep = rec.report != null ? rec.report : new ReportRecord.Report();
        String key = agencyKey(rep);
        Integer year = rep.reportYear;

        StoreSql.Existing ex = store.existing(id);
        if (ex != null && !Objects.equals(ex.agencyKey(), key) && ex.agencyKey() != null) {
            store.lock(List.of("agency:" + ex.agencyKey()));
        }
        StoreDecision.Verdict verdict = StoreDecision.judge(ex != null, ex == null ? null : ex.ruleSetVersion(),
                ex == null ? null : ex.parserVersion(), rec.ruleSetVersion, rec.parserVersion);
        StoreDecision decision = verdict.decision();
        if (decision == StoreDecision.DUPLICATE || decision == StoreDecision.STALE) {
            LOG.debugf("document %s: %s (stored %s / %s, incoming %s / %s)", id, decision, ex.ruleSetVersion(),
                    ex.parserVersion(), rec.ruleSetVersion, rec.parserVersion);
            return new Result(id, decision, 0);
        }
        if (verdict.wasConcurrent()) {
            LOG.infof("document %s: concurrent versions (%s, same release, other build): the newest arrival replaces the"
                    + " stored record", id, verdict.concurrent());
        }
        boolean moved = ex != null && (!Objects.equals(ex.agencyKey(), key) || !Objects.equals(ex.year(), year));

        store.upsertDocument(id, source(rec.source));
        List<Narrative.Part> parts = rec.sections == null ? List.of()
                : rec.sections.stream().map(s -> new Narrative.Part(s.number, s.text)).toList();
        String narrative = Narrative.of(rep.template, parts, rec.text);
        int[] sketch = MinHash.of(narrative);
        store.upsertReport(new StoreSql.ReportRow(id, PgText.clean(rep.title), PgText.clean(rep.agency),
                PgText.clean(rep.agencyCanonical), key, rep.regionCode, rep.agencyKind, year, rep.template,
                parseDate(rep.publishedOn), PgText.clean(rep.statedPeriod), rec.parserVersion, rec.ruleSetVersion,
                narrative.length(), sketch, PgText.cleanJson(in.json())), moved);
        if (ex != null) {
            store.deleteChildren(id);
        }
        store.insertCells(id, cells(rec));
        store.insertSections(id, sections(rec));
        store.insertFindings(id, validateFindings(rec));
        if (sketch != null && year != null && narrative.length() >= config.copiedTextMinChars()) {
            store.insertBands(id, year, MinHash.bands(sketch));
        }

        // who else can have changed: the report's documents whose place changed, what names them, the next year
        HistoryService.Groups groups = new HistoryService.Groups();
        Set<String> affected = new LinkedHashSet<>();
        Set<String> namingOf = new LinkedHashSet<>();
        Set<String> becameCurrent = new HashSet<>();
        List<String> superseded = new ArrayList<>();
        if (ex != null) {
            namingOf.add(id);
        }
        regroup(hist, groups, key, year, id, superseded, becameCurrent, affected, namingOf);
        if (moved) {
            regroup(hist, groups, ex.agencyKey(), ex.year(), id, superseded, becameCurrent, affected, namingOf);
        }
        affected.addAll(hist.documentsNaming(namingOf));
        addNext(hist, key, year, affected);
        if (moved) {
            addNext(hist, ex.agencyKey(), ex.year(), affected);
        }

        List<HistoryService.Added> added = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        touched.add(id);
        Deque<String> work = new ArrayDeque<>();
        work.add(id);
        affected.remove(id);
        work.addAll(affected);
        Set<String> done = new HashSet<>();
        while (!work.isEmpty()) {
            String d = work.poll();
            if (!done.add(d)) {
                continue;
            }
            List<HistoryFinding> computed = history.apply(hist, store, groups, d, added, touched);
            if (d.equals(id) || becameCurrent.contains(d)) {
                for (HistoryFinding f : computed) { // a same-year copy names this one too
                    if (HistoryRules.COPIED_TEXT.equals(f.ruleId()) && f.relatedDocumentId() != null) {
                        work.add(f.relatedDocumentId());
                    }
                }
            }
        }
        store.recount(touched);

        String cause = id + "|" + rec.ruleSetVersion + "|" + rec.parserVersion;
        Map<String, StoreSql.Summary> summaries = new HashMap<>();
        List<ChangeEvent> events = new ArrayList<>();
        ChangeEvent stored = ChangeEvent.of(ChangeEvent.STORED, summary(store, summaries, id),
                rec.ruleSetVersion + "|" + rec.parserVersion, cause);
        stored.revision = ex == null ? "new" : "replaced";
        events.add(stored);
        for (String s : superseded) {
            StoreSql.Summary sum = summary(store, summaries, s);
            if (sum != null && !sum.current() && sum.supersededBy() != null) {
                events.add(ChangeEvent.of(ChangeEvent.SUPERSEDED, sum, sum.supersededBy(), cause));
            }
        }
        for (HistoryService.Added a : added) {
            ChangeEvent ev = ChangeEvent.of(ChangeEvent.FINDING_ADDED, summary(store, summaries, a.documentId()),
                    a.finding().fingerprint(), cause);
            ev.finding = HistoryService.toContract(a.finding());
            ev.relatedDocumentId = a.finding().relatedDocumentId();
            events.add(ev);
        }
        List<StoreSql.OutboxRow> rows = new ArrayList<>(events.size());
        for (ChangeEvent e : events) {
            rows.add(new StoreSql.OutboxRow(UUID.fromString(e.id), e.documentId, e.ceType(), Json.toString(e)));
        }
        int queued = store.insertOutbox(rows);
        LOG.debugf("document %s stored (%s): %s %s, %d history finding(s) added, %d superseded, %d event(s)", id, decision,
                key, year, added.size(), superseded.size(), queued);
        return new Result(id, decision, queued);
    }

    static StoreSql.Summary summary(StoreSql store, Map<String, StoreSql.Summary> cache, String id) throws SQLException {
        StoreSql.Summary s = cache.get(id);
        if (s == null) {
            s = store.summary(id);
            cache.put(id, s);
        }
        return s;
    }

    static void addNext(HistorySql hist, String key, Integer year, Set<String> affected) throws SQLException {
        if (key != null && year != null) {
            HistorySql.Row next = hist.nextOf(key, year);
            if (next != null) {
                affected.add(next.id());
            }
        }
    }

    /**
     * Re-decides which document of a report is current and updates the rows whose state changed. Adds to
     * {@code affected} the documents whose findings can change: the subject's neighbours in the recency order and
     * the documents that stopped or started being current (whose findings name them is then looked up).
     */
    static void regroup(HistorySql hist, HistoryService.Groups groups, String key, Integer year, String subject,
                        List<String> superseded, Set<String> becameCurrent, Set<String> affected, Set<String> namingOf)
            throws SQLException {
        if (key == null || year == null) {
            return;
        }
        List<HistorySql.Member> members = hist.group(key, year);
        List<SameReport.Candidate> candidates = new ArrayList<>(members.size());
        for (HistorySql.Member m : members) {
            candidates.add(new SameReport.Candidate(m.id(), m.publishedOn(), m.receivedAt()));
        }
        List<String> ordered = SameReport.ordered(candidates).stream().map(SameReport.Candidate::documentId).toList();
        groups.put(key, year, ordered);
        if (ordered.isEmpty()) {
            return;
        }
        String current = ordered.get(ordered.size() - 1);
        List<HistorySql.Member> changed = new ArrayList<>();
        for (HistorySql.Member m : members) {
            boolean isCurrent = m.id().equals(current);
            String by = isCurrent ? null : current;
            if (m.current() && !isCurrent) {
                superseded.add(m.id());
                namingOf.add(m.id());
                affected.add(m.id());
            }
            if (!m.current() && isCurrent) {
                becameCurrent.add(m.id());
                affected.add(m.id());
            }
            if (m.current() != isCurrent || !Objects.equals(m.supersededBy(), by)) {
                changed.add(new HistorySql.Member(m.id(), m.publishedOn(), m.receivedAt(), isCurrent, by));
            }
        }
        hist.setCurrent(changed);
        int i = ordered.indexOf(subject);
        if (i >= 0) {
            if (i > 0) {
                affected.add(ordered.get(i - 1));
            }
            if (i < ordered.size() - 1) {
                affected.add(ordered.get(i + 1));
            }
        }
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

    static StoreSql.Source source(ReportRecord.Source s) {
        if (s == null) {
            return null;
        }
        return new StoreSql.Source(PgText.clean(s.fileName), PgText.clean(s.mediaType), PgText.clean(s.uri),
                parseInstant(s.receivedAt), s.sizeBytes, PgText.clean(s.agencyHint), PgText.clean(s.channel));
    }

    static List<StoreSql.Cell> cells(ReportRecord rec) {
        List<StoreSql.Cell> out = new ArrayList<>();
        int pos = 0;
        if (rec.activeDisclosure != null) {
            for (var row : rec.activeDisclosure.entrySet()) {
                if (row.getValue() == null) {
                    continue;
                }
                for (var col : row.getValue().entrySet()) {
                    out.add(new StoreSql.Cell(TemplateKeys.TABLE_ACTIVE, row.getKey(), col.getKey(), pos++, col.getValue()));
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
                    out.add(new StoreSql.Cell(TemplateKeys.TABLE_APPLICATIONS, row.getKey(), col, pos++, values.get(i)));
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
                    out.add(new StoreSql.Cell(TemplateKeys.TABLE_REVIEW, g.getKey(), col.getKey(), pos++, col.getValue()));
                }
            }
        }
        return out;
    }

    static List<StoreSql.Section> sections(ReportRecord rec) {
        List<StoreSql.Section> out = new ArrayList<>();
        if (rec.sections != null) {
            for (ReportRecord.Section s : rec.sections) {
                out.add(new StoreSql.Section(s.number, PgText.clean(s.title), PgText.clean(s.text), s.start, s.end));
            }
        }
        return out;
    }

    static List<StoreSql.Finding> validateFindings(ReportRecord rec) {
        List<StoreSql.Finding> out = new ArrayList<>();
        if (rec.findings == null) {
            return out;
        }
        for (ReportRecord.Finding f : rec.findings) {
            if (f == null || f.ruleId == null || FindingEntity.ORIGIN_STORE.equals(f.origin)) {
                continue; // the history findings are the store's own: recomputed, never taken from a record
            }
            out.add(new StoreSql.Finding(f.ruleId, f.severity == null ? "info" : f.severity, PgText.clean(f.messageZh),
                    PgText.clean(f.messageEn), f.section, PgText.cleanJson(HistoryService.cellsJson(f.cells)), f.spanStart,
                    f.spanEnd, PgText.clean(f.evidence), PgText.clean(f.expected), PgText.clean(f.actual),
                    f.origin == null ? FindingEntity.ORIGIN_VALIDATE : f.origin, null, null));
        }
        return out;
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
