package io.nianbao.store.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

@Entity
@Table(name = "findings")
public class FindingEntity extends PanacheEntityBase {
    public static final String ORIGIN_VALIDATE = "validate-service";
    public static final String ORIGIN_STORE = "store-service";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id", nullable = false)
    public String documentId;
    @Column(name = "rule_id", nullable = false)
    public String ruleId;
    @Column(nullable = false)
    public String severity;
    @Column(name = "message_zh")
    public String messageZh;
    @Column(name = "message_en")
    public String messageEn;
    public Integer section;
    /** JSON array of {table,row,column}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String cells;
    @Column(name = "span_start")
    public Integer spanStart;
    @Column(name = "span_end")
    public Integer spanEnd;
    public String evidence;
    public String expected;
    public String actual;
    @Column(nullable = false)
    public String origin;
    @Column(name = "related_document_id")
    public String relatedDocumentId;
    public String fingerprint;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
