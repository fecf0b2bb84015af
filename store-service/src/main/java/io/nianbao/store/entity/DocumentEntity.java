package io.nianbao.store.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A received document: id = SHA-256 of its bytes, and where it came from. */
@Entity
@Table(name = "documents")
public class DocumentEntity extends PanacheEntityBase {
    @Id
    @Column(length = 64)
    public String id;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    public String uri;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    @Column(name = "agency_hint")
    public String agencyHint;
    public String channel;
    @Column(name = "first_stored_at", nullable = false)
    public OffsetDateTime firstStoredAt;
}
