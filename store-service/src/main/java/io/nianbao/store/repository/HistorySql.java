package io.nianbao.store.repository;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.domain.MinHash;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads of the history rules, each an indexed lookup: a report's own row, the agency's report of a given,
 * previous or next year ((agency_key, report_year) index), the documents of one report, the LSH band matches of
 * the same year ((report_year, bucket) index), a report's own cells and history findings (by document_id).
 * None reads the record JSON or scans a year.
 */
public final class HistorySql {
    private static final String ROW = "select document_id, agency_key, report_year, template, published_on, is_current,"
            + " superseded_by, narrative_chars, minhash from reports r";

    private final Connection c;

    public HistorySql(Connection c) {
        this.c = c;
    }

    /** What the history rules need of a report row. */
    public record Row(String id, String agencyKey, Integer year, String template, LocalDate publishedOn, boolean current,
                      String supersededBy, int narrativeChars, int[] sketch) {
    }

    public Row row(String id) throws SQLException {
        return one(ROW + " where document_id = ?", id);
    }

    /** The agency's current report of {@code year}. */
    public Row currentOf(String agencyKey, int year) throws SQLException {
        return one(ROW + " where agency_key = ? and report_year = ? and is_current limit 1", agencyKey, year);
    }

    /** The agency's current report of the latest year before {@code year}. */
    public Row previousOf(String agencyKey, int year) throws SQLException {
        return one(ROW + " where agency_key = ? and report_year < ? and is_current order by report_year desc limit 1", agencyKey, year);
    }

    /** The agency's current report of the earliest year after {@code year}. */
    public Row nextOf(String agencyKey, int year) throws SQLException {
        return one(ROW + " where agency_key = ? and report_year > ? and is_current order by report_year asc limit 1", agencyKey, year);
    }

    /** A document of a report: what choosing the current one needs. */
    public record Member(String id, LocalDate publishedOn, Instant receivedAt, boolean current, String supersededBy) {
    }

    public List<Member> group(String agencyKey, Integer year) throws SQLException {
        List<Member> out = new ArrayList<>();
        if (agencyKey == null || year == null) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("select r.document_id, r.published_on, d.received_at, r.is_current,"
                + " r.superseded_by from reports r left join documents d on d.id = r.document_id"
                + " where r.agency_key = ? and r.report_year = ?")) {
            ps.setString(1, agencyKey);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime received = rs.getObject(3, OffsetDateTime.class);
                    out.add(new Member(rs.getString(1), rs.getObject(2, LocalDate.class),
                            received == null ? null : received.toInstant(), rs.getBoolean(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Sets is_current / superseded_by of the documents whose state differs (one batch). */
    public void setCurrent(List<Member> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update reports set is_current = ?, superseded_by = ?, updated_at = now() where document_id = ?")) {
            for (Member m : changed) {
                ps.setBoolean(1, m.current());
                ps.setString(2, m.supersededBy());
                ps.setString(3, m.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Same-year current reports of other agencies sharing at least one LSH band with {@code bands}, with a narrative
     * length where the threshold is reachable; most shared bands first, at most {@code limit}.
     */
    public List<Row> bandMatches(String id, String agencyKey, int year, long[] bands, int minChars, int maxChars, int limit)
            throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select r.document_id, r.agency_key, r.report_year, r.template,"
                + " r.published_on, r.is_current, r.superseded_by, r.narrative_chars, r.minhash"
                + " from (select b.document_id, count(*) n from report_bands b where b.report_year = ? and b.bucket = any(?)"
                + " and b.document_id <> ? group by b.document_id) m join reports r on r.document_id = m.document_id"
                + " where r.is_current and r.agency_key <> ? and r.narrative_chars between ? and ?"
                + " order by m.n desc, r.document_id limit ?")) {
            ps.setInt(1, year);
            ps.setArray(2, c.createArrayOf("bigint", Arrays.stream(bands).boxed().toArray()));
            ps.setString(3, id);
            ps.setString(4, agencyKey);
            ps.setInt(5, minChars);
            ps.setInt(6, maxChars);
            ps.setInt(7, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** The cells the rules across years read: applications carriedOver/carriedForward and activeDisclosure. */
    public record Tables(List<BigDecimal> carriedOver, List<BigDecimal> carriedForward,
                         Map<String, Map<String, BigDecimal>> active) {
    }

    public Tables tables(String id) throws SQLException {
        Map<String, BigDecimal[]> rows = new HashMap<>();
        Map<String, Map<String, BigDecimal>> active = null;
        try (PreparedStatement ps = c.prepareStatement("select table_key, row_key, column_key, value from table_cells"
                + " where document_id = ? and (table_key = ? or (table_key = ? and row_key in ('carriedOver', 'carriedForward')))"
                + " order by table_key, position")) {
            ps.setString(1, id);
            ps.setString(2, TemplateKeys.TABLE_ACTIVE);
            ps.setString(3, TemplateKeys.TABLE_APPLICATIONS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String row = rs.getString(2);
                    String column = rs.getString(3);
                    BigDecimal value = rs.getBigDecimal(4);
                    if (TemplateKeys.TABLE_APPLICATIONS.equals(table)) {
                        int i = TemplateKeys.APPLICANT_COLUMNS.indexOf(column);
                        if (i >= 0) {
                            rows.computeIfAbsent(row, k -> new BigDecimal[TemplateKeys.APPLICANT_COLUMNS.size()])[i] = value;
                        }
                    } else {
                        if (active == null) {
                            active = new LinkedHashMap<>();
                        }
                        active.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, value);
                    }
                }
            }
        }
        return new Tables(rows.containsKey("carriedOver") ? Arrays.asList(rows.get("carriedOver")) : null,
                rows.containsKey("carriedForward") ? Arrays.asList(rows.get("carriedForward")) : null, active);
    }

    /** A stored history finding: its id and fingerprint. */
    public record Stored(long id, String fingerprint) {
    }

    public List<Stored> historyFindings(String id) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, fingerprint from findings where document_id = ? and origin = 'store-service' order by id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Documents holding a history finding that names one of {@code related}. */
    public List<String> documentsNaming(Collection<String> related) throws SQLException {
        if (related.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("select distinct document_id from findings"
                + " where related_document_id = any(?::varchar[]) and origin = 'store-service'")) {
            ps.setArray(1, c.createArrayOf("varchar", related.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                return StoreSql.strings(rs);
            }
        }
    }

    private Row one(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), StoreSql.integer(rs, 3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
                MinHash.fromBytes(rs.getBytes(9)));
    }
}
