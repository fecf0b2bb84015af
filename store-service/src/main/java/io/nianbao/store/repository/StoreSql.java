package io.nianbao.store.repository;

import io.nianbao.store.domain.MinHash;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The write side of the store in plain JDBC on the transaction's connection: no entity is loaded, only the
 * columns a decision needs are read, child rows are inserted in JDBC batches. One instance per transaction.
 */
public final class StoreSql {
    private final Connection c;

    public StoreSql(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    /** What is stored for a document, as much as deciding needs (no record JSON). */
    public record Existing(String ruleSetVersion, String parserVersion, String agencyKey, Integer year) {
    }

    public Existing existing(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select rule_set_version, parser_version, agency_key, report_year from reports where document_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Existing(rs.getString(1), rs.getString(2), rs.getString(3), integer(rs, 4)) : null;
            }
        }
    }

    /** Serializes work on these keys across consumers and instances (released at commit), in a fixed order. */
    public void lock(Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select count(pg_advisory_xact_lock(h)) from"
                + " (select hashtextextended(k, 0) h from unnest(?::text[]) k order by 1) s")) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            ps.executeQuery().close();
        }
    }

    public record Source(String fileName, String mediaType, String uri, OffsetDateTime receivedAt, Long sizeBytes,
                         String agencyHint, String channel) {
    }

    public void upsertDocument(String id, Source s) throws SQLException {
        if (s == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into documents (id, first_stored_at) values (?, now()) on conflict (id) do nothing")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into documents (id, file_name, media_type, uri, received_at,"
                + " size_bytes, agency_hint, channel, first_stored_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())"
                + " on conflict (id) do update set file_name = excluded.file_name, media_type = excluded.media_type,"
                + " uri = excluded.uri, received_at = excluded.received_at, size_bytes = excluded.size_bytes,"
                + " agency_hint = excluded.agency_hint, channel = excluded.channel")) {
            ps.setString(1, id);
            ps.setString(2, s.fileName());
            ps.setString(3, s.mediaType());
            ps.setString(4, s.uri());
            ps.setObject(5, s.receivedAt());
            setLong(ps, 6, s.sizeBytes());
            ps.setString(7, s.agencyHint());
            ps.setString(8, s.channel());
            ps.executeUpdate();
        }
    }

    /** The report columns a record sets. */
    public record ReportRow(String id, String title, String agency, String agencyCanonical, String agencyKey,
                            String regionCode, String agencyKind, Integer year, String template, LocalDate publishedOn,
                            String statedPeriod, String parserVersion, String ruleSetVersion, int narrativeChars,
                            int[] sketch, String recordJson) {
    }

    /** Inserts or overwrites the report row; {@code resetCurrent}: the document moved to another report. */
    public void upsertReport(ReportRow r, boolean resetCurrent) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reports (document_id, title, agency, agency_canonical,"
                + " agency_key, region_code, agency_kind, report_year, template, published_on, stated_period, status,"
                + " parser_version, rule_set_version, is_current, narrative_chars, minhash, record, stored_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'clean', ?, ?, true, ?, ?, ?::jsonb, now(), now())"
                + " on conflict (document_id) do update set title = excluded.title, agency = excluded.agency,"
                + " agency_canonical = excluded.agency_canonical, agency_key = excluded.agency_key,"
                + " region_code = excluded.region_code, agency_kind = excluded.agency_kind,"
                + " report_year = excluded.report_year, template = excluded.template, published_on = excluded.published_on,"
                + " stated_period = excluded.stated_period, parser_version = excluded.parser_version,"
                + " rule_set_version = excluded.rule_set_version, narrative_chars = excluded.narrative_chars,"
                + " minhash = excluded.minhash, record = excluded.record, updated_at = now(),"
                + " is_current = case when ? then true else reports.is_current end,"
                + " superseded_by = case when ? then null else reports.superseded_by end")) {
            int i = 1;
            ps.setString(i++, r.id());
            ps.setString(i++, r.title());
            ps.setString(i++, r.agency());
            ps.setString(i++, r.agencyCanonical());
            ps.setString(i++, r.agencyKey());
            ps.setString(i++, r.regionCode());
            ps.setString(i++, r.agencyKind());
            setInt(ps, i++, r.year());
            ps.setString(i++, r.template());
            ps.setObject(i++, r.publishedOn());
            ps.setString(i++, r.statedPeriod());
            ps.setString(i++, r.parserVersion());
            ps.setString(i++, r.ruleSetVersion());
            ps.setInt(i++, r.narrativeChars());
            ps.setBytes(i++, MinHash.toBytes(r.sketch()));
            ps.setString(i++, r.recordJson());
            ps.setBoolean(i++, resetCurrent);
            ps.setBoolean(i, resetCurrent);
            ps.executeUpdate();
        }
    }

    /** Removes what a replacing record brings again: cells, sections, validate-service's findings, band rows. */
    public void deleteChildren(String id) throws SQLException {
        for (String sql : List.of("delete from table_cells where document_id = ?", "delete from sections where document_id = ?",
                "delete from findings where document_id = ? and origin <> 'store-service'",
                "delete from report_bands where document_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    public record Cell(String table, String row, String column, int position, BigDecimal value) {
    }

    public void insertCells(String id, List<Cell> cells) throws SQLException {
        if (cells.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into table_cells (document_id, table_key, row_key, column_key,"
                + " position, value) values (?, ?, ?, ?, ?, ?)")) {
            for (Cell x : cells) {
                ps.setString(1, id);
                ps.setString(2, x.table());
                ps.setString(3, x.row());
                ps.setString(4, x.column());
                ps.setInt(5, x.position());
                ps.setBigDecimal(6, x.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public record Section(int number, String title, String text, Integer start, Integer end) {
    }

    public void insertSections(String id, List<Section> sections) throws SQLException {
        if (sections.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into sections (document_id, number, title, text, span_start,"
                + " span_end) values (?, ?, ?, ?, ?, ?)")) {
            for (Section s : sections) {
                ps.setString(1, id);
                ps.setInt(2, s.number());
                ps.setString(3, s.title());
                ps.setString(4, s.text());
                setInt(ps, 5, s.start());
                setInt(ps, 6, s.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public record Finding(String ruleId, String severity, String messageZh, String messageEn, Integer section,
                          String cellsJson, Integer spanStart, Integer spanEnd, String evidence, String expected,
                          String actual, String origin, String relatedDocumentId, String fingerprint) {
    }

    public void insertFindings(String id, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into findings (document_id, rule_id, severity, message_zh,"
                + " message_en, section, cells, span_start, span_end, evidence, expected, actual, origin,"
                + " related_document_id, fingerprint, created_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, now())")) {
            for (Finding f : findings) {
                ps.setString(1, id);
                ps.setString(2, f.ruleId());
                ps.setString(3, f.severity());
                ps.setString(4, f.messageZh());
                ps.setString(5, f.messageEn());
                setInt(ps, 6, f.section());
                ps.setString(7, f.cellsJson());
                setInt(ps, 8, f.spanStart());
                setInt(ps, 9, f.spanEnd());
                ps.setString(10, f.evidence());
                ps.setString(11, f.expected());
                ps.setString(12, f.actual());
                ps.setString(13, f.origin());
                ps.setString(14, f.relatedDocumentId());
                ps.setString(15, f.fingerprint());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void deleteFindings(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from findings where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /** The LSH band rows of a report, so that same-year near copies find it by index. */
    public void insertBands(String id, int year, long[] bands) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into report_bands (document_id, report_year, band, bucket) values (?, ?, ?, ?)")) {
            for (int b = 0; b < bands.length; b++) {
                ps.setString(1, id);
                ps.setInt(2, year);
                ps.setShort(3, (short) b);
                ps.setLong(4, bands[b]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Recounts the findings of these documents into errors/warnings/infos/status, in one statement. */
    public void recount(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update reports r set errors = coalesce(x.e, 0), warnings = coalesce(x.w, 0),"
                + " infos = coalesce(x.i, 0), status = case when coalesce(x.f, 0) > 0 then 'incomplete'"
                + " when coalesce(x.e, 0) > 0 then 'errors'"
                + " when coalesce(x.w, 0) > 0 then 'warnings' else 'clean' end"
                + " from unnest(?::varchar[]) as t(id) left join (select document_id,"
                + " count(*) filter (where rule_id in ('RULE_FAILED', 'PARSE_INCOMPLETE')) f,"
                + " count(*) filter (where severity = 'error') e, count(*) filter (where severity = 'warning') w,"
                + " count(*) filter (where severity not in ('error', 'warning')) i from findings"
                + " where document_id = any(?::varchar[]) group by document_id) x on x.document_id = t.id"
                + " where r.document_id = t.id")) {
            Array a = c.createArrayOf("varchar", ids.toArray());
            ps.setArray(1, a);
            ps.setArray(2, a);
            ps.executeUpdate();
        }
    }

    /** What a change event says about a report. */
    public record Summary(String id, String title, String agency, String agencyCanonical, String regionCode, Integer year,
                         String template, LocalDate publishedOn, String status, int errors, int warnings, int infos,
                         boolean current, String supersededBy, String ruleSetVersion, String parserVersion) {
    }

    public Summary summary(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select title, agency, agency_canonical, region_code, report_year,"
                + " template, published_on, status, errors, warnings, infos, is_current, superseded_by, rule_set_version,"
                + " parser_version from reports where document_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Summary(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), integer(rs, 5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getBoolean(12), rs.getString(13), rs.getString(14), rs.getString(15));
            }
        }
    }

    public record OutboxRow(java.util.UUID id, String documentId, String ceType, String payload) {
    }

    /** Outbox rows of this transaction; a row whose id is already there (the same change again) is dropped. */
    public int insertOutbox(List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into outbox (id, document_id, ce_type, payload, created_at)"
                + " values (?, ?, ?, ?, now()) on conflict (id) do nothing")) {
            for (OutboxRow r : rows) {
                ps.setObject(1, r.id());
                ps.setString(2, r.documentId());
                ps.setString(3, r.ceType());
                ps.setString(4, r.payload());
                ps.addBatch();
            }
            int n = 0;
            for (int k : ps.executeBatch()) {
                n += k > 0 ? k : (k == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0);
            }
            return n;
        }
    }

    static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static List<String> strings(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getString(1));
        }
        return out;
    }

    static Timestamp ts(OffsetDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }
}
