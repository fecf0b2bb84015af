package io.nianbao.store.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The validated report of one document, its summary and its place in the agency's history. */
@Entity
@Table(name = "reports")
public class ReportEntity extends PanacheEntityBase {
    @Id
    @Column(name = "document_id", length = 64)
    public String documentId;
    public String title;
    public String agency;
    @Column(name = "agency_canonical")
    public String agencyCanonical;
    @Column(name = "agency_key")
    public String agencyKey;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "agency_kind")
    public String agencyKind;
    @Column(name = "report_year")
    public Integer reportYear;
    public String template;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "stated_period")
    public String statedPeriod;
    @Column(nullable = false)
    public String status;
    public int errors;
    public int warnings;
    public int infos;
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "rule_set_version")
    public String ruleSetVersion;
    @Column(name = "is_current", nullable = false)
    public boolean current = true;
    @Column(name = "superseded_by")
    public String supersededBy;
    @Column(name = "narrative_chars", nullable = false)
    public int narrativeChars;
    /** The validated record as received (findings of validate-service included). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String record;
    @Column(name = "stored_at", nullable = false)
    public OffsetDateTime storedAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
