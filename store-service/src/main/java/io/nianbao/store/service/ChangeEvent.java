package io.nianbao.store.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.ReportRecord;
import io.nianbao.store.repository.StoreSql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The data of a CloudEvent on reports.changes (schema: META-INF/schemas/change-event.schema.json).
 * Key = documentId; ce_type = {@link #type}; ce_id = {@link #id}, deterministic so that consumers can drop
 * repeats.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChangeEvent {
    public static final String STORED = "STORED";
    public static final String FINDING_ADDED = "FINDING_ADDED";
    public static final String SUPERSEDED = "SUPERSEDED";

    /** STORED, FINDING_ADDED or SUPERSEDED. */
    public String change;
    public String documentId;
    public String title;
    public String agency;
    public String agencyCanonical;
    public String regionCode;
    public Integer reportYear;
    public String template;
    public String publishedOn;
    public String status;
    public int errors;
    public int warnings;
    public int infos;
    public boolean current;
    public String supersededBy;
    public String ruleSetVersion;
    /** STORED: new (first time) or replaced (re-validation by a newer rule set or parser). */
    public String revision;
    /** FINDING_ADDED: the history finding. */
    public ReportRecord.Finding finding;
    /** FINDING_ADDED: the document the finding names. */
    public String relatedDocumentId;
    public String occurredAt;

    @JsonIgnore
    public String id;

    /**
     * The event of {@code change} on report {@code r}. {@code identity} says which change it is (the finding's
     * fingerprint, the superseding document, the stored versions) and {@code cause} which arrival caused it (the
     * arriving document and its versions): the id is a name-based UUID of change, document, identity and cause,
     * the same for a repeat of the same change, different for the same finding found again by a later arrival.
     */
    public static ChangeEvent of(String change, StoreSql.Summary r, String identity, String cause) {
        ChangeEvent e = new ChangeEvent();
        e.change = change;
        e.documentId = r.id();
        e.title = r.title();
        e.agency = r.agency();
        e.agencyCanonical = r.agencyCanonical();
        e.regionCode = r.regionCode();
        e.reportYear = r.year();
        e.template = r.template();
        e.publishedOn = r.publishedOn() == null ? null : r.publishedOn().toString();
        e.status = r.status();
        e.errors = r.errors();
        e.warnings = r.warnings();
        e.infos = r.infos();
        e.current = r.current();
        e.supersededBy = r.supersededBy();
        e.ruleSetVersion = r.ruleSetVersion();
        e.occurredAt = Instant.now().toString();
        e.id = id(change, r.id(), identity, cause).toString();
        return e;
    }

    public static UUID id(String change, String documentId, String identity, String cause) {
        return UUID.nameUUIDFromBytes((change + "|" + documentId + "|" + identity + "|" + cause).getBytes(StandardCharsets.UTF_8));
    }

    @JsonIgnore
    public String ceType() {
        return switch (change) {
            case STORED -> CloudEventTypes.STORED;
            case FINDING_ADDED -> CloudEventTypes.FINDING_ADDED;
            case SUPERSEDED -> CloudEventTypes.SUPERSEDED;
            default -> throw new IllegalStateException(change);
        };
    }
}
