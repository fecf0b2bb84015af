package io.nianbao.contract.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.ContractInfo;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.contract.schema.JsonSchemaGenerator;

import java.util.List;
import java.util.Objects;

/**
 * The AsyncAPI 3.0 document of every topic of the pipeline, built from the contract itself: topic names from
 * {@link Topics}, CloudEvents types and sources from {@link CloudEventTypes}, header names from
 * {@link RawHeaders}, payload schemas generated from {@link ReportRecord} by {@link JsonSchemaGenerator}. The
 * only part given from outside is the schema of store-service's change events (it is store's, published at
 * {@code /api/schemas/change-event}). Deterministic: the same inputs give the same document, byte for byte.
 *
 * <p>Every Kafka record of the pipeline is keyed by the documentId (lower-case hex SHA-256 of the raw bytes);
 * CloudEvents travel in binary mode (the attributes as {@code ce_*} headers, {@code content-type} the data's
 * media type, the record value the data).
 */
public final class PipelineAsyncApi {
    public static final String ASYNCAPI_VERSION = "3.0.0";
    /** Kafka bindings version of the AsyncAPI bindings specification. */
    public static final String KAFKA_BINDING = "0.5.0";
    public static final String SCHEMAS = "#/components/schemas/";
    public static final String MESSAGES = "#/components/messages/";

    /** Channel ids (keys of {@code channels}). */
    public static final String CH_RAW = "reportsRaw";
    public static final String CH_RAW_KEYS = "reportsRawKeys";
    public static final String CH_PARSED = "reportsParsed";
    public static final String CH_VALIDATED = "reportsValidated";
    public static final String CH_CHANGES = "reportsChanges";
    public static final String CH_PARSE_DLQ = "reportsParseDlq";
    public static final String CH_VALIDATE_DLQ = "reportsValidateDlq";
    public static final String CH_STORE_DLQ = "reportsStoreDlq";

    /** Message ids (keys of {@code components.messages}). */
    public static final String M_RAW = "RawDocument";
    public static final String M_RAW_KEY = "RawDocumentKey";
    public static final String M_PARSED = "ParsedReport";
    public static final String M_VALIDATED = "ValidatedReport";
    public static final String M_STORED = "ReportStored";
    public static final String M_FINDING_ADDED = "FindingAdded";
    public static final String M_SUPERSEDED = "ReportSuperseded";
    public static final String M_PARSE_DL = "ParseDeadLetter";
    public static final String M_VALIDATE_DL = "ValidateDeadLetter";
    public static final String M_STORE_DL = "StoreDeadLetter";

    /** Schema ids besides the generated ones. */
    public static final String S_DOCUMENT_ID = "DocumentId";
    public static final String S_CHANGE_EVENT = "ChangeEvent";
    public static final String S_PARSED = "ParsedReportRecord";
    public static final String S_VALIDATED = "ValidatedReportRecord";

    /** Headers SmallRye's dead-letter strategy and store's dead letters set. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ID_PATTERN = "^[0-9a-f]{64}$";

    private PipelineAsyncApi() {
    }

    /**
     * The document. {@code changeEventSchema}: the JSON Schema of the data of store's change events (its
     * {@code $schema} and {@code $id} are dropped: inside the document it is one of the component schemas).
     */
    public static ObjectNode document(JsonNode changeEventSchema) {
        Objects.requireNonNull(changeEventSchema, "changeEventSchema");
        ObjectNode doc = F.objectNode();
        doc.put("asyncapi", ASYNCAPI_VERSION);
        doc.put("id", "urn:io.nianbao:pipeline");
        ObjectNode info = doc.putObject("info");
        info.put("title", "nianbao pipeline events");
        info.put("version", ContractInfo.version());
        info.put("description", "The Kafka topics of nianbao (a checker of government information-disclosure annual"
                + " reports): ingest-service -> reports.raw -> parse-service -> reports.parsed -> validate-service ->"
                + " reports.validated -> store-service -> reports.changes. Every record is keyed by the documentId"
                + " (lower-case hex SHA-256 of the raw bytes). CloudEvents 1.0 in Kafka binary mode: the attributes"
                + " are ce_* headers, content-type is the data's media type, the record value is the data."
                + " Delivery is at-least-once: consumers drop repeats by documentId (reports.changes: by ce_id)."
                + " Payload schemas are generated from the Java classes of io.nianbao:contract "
                + ContractInfo.version() + "; fields are only ever added, so readers must ignore unknown ones.");
        info.putObject("license").put("name", "see the project repository");
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "127.0.0.1:9092").put("protocol", "kafka")
                .put("description", "the broker of deploy/local/run.sh (--kafka-port); on a cluster, the Strimzi"
                        + " Kafka bootstrap service");

        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        schemas(schemas, changeEventSchema);
        messages(messages);

        ObjectNode channels = doc.putObject("channels");
        channel(channels, CH_RAW, Topics.RAW, "Raw document bytes as received by ingest-service, with their metadata"
                + " in headers. Written once per documentId (ingest refuses a document it has already published).",
                null, M_RAW);
        channel(channels, CH_RAW_KEYS, Topics.RAW_KEYS, "ingest-service's duplicate memory: one record per"
                + " documentId published on reports.raw, value empty, compacted, so it outlives reports.raw's"
                + " retention. Internal to ingest; other teams have no reason to read it.", "compact", M_RAW_KEY);
        channel(channels, CH_PARSED, Topics.PARSED, "The record parse-service made of a raw document (no findings)."
                + " store-service also writes here when it asks for re-validation (ce_source = store-service).",
                null, M_PARSED);
        channel(channels, CH_VALIDATED, Topics.VALIDATED, "The record with findings, summary and rule-set"
                + " version: what another team most likely consumes.", null, M_VALIDATED);
        channel(channels, CH_CHANGES, Topics.CHANGES, "What changed in the store: a report stored (new or"
                + " re-validated), a history finding added, a report superseded by a newer copy. Published through"
                + " an outbox: ce_id is deterministic per change, a repeat has the same ce_id.", null,
                M_STORED, M_FINDING_ADDED, M_SUPERSEDED);
        channel(channels, CH_PARSE_DLQ, Topics.PARSE_DLQ, "Raw documents parse-service refused, with the reason.",
                null, M_PARSE_DL);
        channel(channels, CH_VALIDATE_DLQ, Topics.VALIDATE_DLQ, "Parsed records validate-service refused, with"
                + " the reason.", null, M_VALIDATE_DL);
        channel(channels, CH_STORE_DLQ, Topics.STORE_DLQ, "Validated records store-service refused for their"
                + " content, with the reason (a database outage is retried, never dead-lettered).", null, M_STORE_DL);

        ObjectNode ops = doc.putObject("operations");
        op(ops, "ingestSendsRaw", "send", "ingest-service", CH_RAW, "publishes each accepted document (acks=all)", M_RAW);
        op(ops, "ingestSendsRawKey", "send", "ingest-service", CH_RAW_KEYS, "records each published id", M_RAW_KEY);
        op(ops, "ingestReadsRawKeys", "receive", "ingest-service", CH_RAW_KEYS, "loads the duplicate memory at start", M_RAW_KEY);
        op(ops, "ingestReadsValidated", "receive", "ingest-service", CH_VALIDATED, "answers ?wait=N (no consumer group)", M_VALIDATED);
        op(ops, "parseReceivesRaw", "receive", "parse-service", CH_RAW, "consumer group parse-service, scaled by partitions", M_RAW);
        op(ops, "parseSendsParsed", "send", "parse-service", CH_PARSED, "one record per raw document", M_PARSED);
        op(ops, "parseSendsDeadLetter", "send", "parse-service", CH_PARSE_DLQ, "a document it cannot read", M_PARSE_DL);
        op(ops, "validateReceivesParsed", "receive", "validate-service", CH_PARSED, "consumer group validate-service", M_PARSED);
        op(ops, "validateSendsValidated", "send", "validate-service", CH_VALIDATED, "the record with its findings", M_VALIDATED);
        op(ops, "validateSendsDeadLetter", "send", "validate-service", CH_VALIDATE_DLQ, "a record it cannot check", M_VALIDATE_DL);
        op(ops, "storeReceivesValidated", "receive", "store-service", CH_VALIDATED, "consumer group store-service, idempotent by documentId", M_VALIDATED);
        op(ops, "storeSendsParsed", "send", "store-service", CH_PARSED, "POST /api/admin/revalidate", M_PARSED);
        op(ops, "storeSendsChanges", "send", "store-service", CH_CHANGES, "through the outbox, after the commit",
                M_STORED, M_FINDING_ADDED, M_SUPERSEDED);
        op(ops, "storeSendsDeadLetter", "send", "store-service", CH_STORE_DLQ, "a record it refuses", M_STORE_DL);
        return doc;
    }

    // ---------------------------------------------------------------- schemas

    private static void schemas(ObjectNode schemas, JsonNode changeEventSchema) {
        JsonSchemaGenerator g = new JsonSchemaGenerator(SCHEMAS);
        g.define(ReportRecord.class);
        schemas.set(S_DOCUMENT_ID, F.objectNode().put("type", "string").put("pattern", ID_PATTERN)
                .put("description", "lower-case hex SHA-256 of the raw document bytes"));
        g.definitions().forEach(schemas::set);
        schemas.set(S_PARSED, requiring(JsonSchemaGenerator.nameOf(ReportRecord.class),
                "A ReportRecord as parse-service writes it: without findings, summary and ruleSetVersion.",
                "documentId", "parserVersion"));
        schemas.set(S_VALIDATED, requiring(JsonSchemaGenerator.nameOf(ReportRecord.class),
                "A ReportRecord as validate-service writes it: with findings, summary and ruleSetVersion.",
                "documentId", "parserVersion", "findings", "summary", "ruleSetVersion"));
        ObjectNode change = changeEventSchema.deepCopy();
        change.remove("$schema");
        change.remove("$id");
        schemas.set(S_CHANGE_EVENT, change);
    }

    private static ObjectNode requiring(String base, String description, String... required) {
        ObjectNode s = F.objectNode();
        s.put("description", description);
        ArrayNode all = s.putArray("allOf");
        all.add(ref(SCHEMAS + base));
        ArrayNode r = all.addObject().putArray("required");
        for (String name : required) {
            r.add(name);
        }
        ObjectNode props = ((ObjectNode) all.get(1)).putObject("properties");
        props.set("documentId", ref(SCHEMAS + S_DOCUMENT_ID));
        return s;
    }

    // ---------------------------------------------------------------- messages

    private static void messages(ObjectNode messages) {
        ObjectNode rawHeaders = ceHeaders(CloudEventTypes.RAW, List.of(CloudEventTypes.SOURCE_INGEST),
                "the documentId", null, "the media type detected from the bytes (= " + RawHeaders.MEDIA_TYPE + ")");
        ObjectNode p = (ObjectNode) rawHeaders.get("properties");
        p.set(RawHeaders.DOCUMENT_ID, ref(SCHEMAS + S_DOCUMENT_ID));
        p.set(RawHeaders.FILE_NAME, str("the file name the client gave, if any"));
        p.set(RawHeaders.MEDIA_TYPE, str("media type detected from the bytes (Tika), not the client's claim"));
        p.set(RawHeaders.CLAIMED_MEDIA_TYPE, str("the Content-Type the client claimed, if any"));
        p.set(RawHeaders.SOURCE_URL, str("where the document was fetched from (channel fetch), if known"));
        p.set(RawHeaders.RECEIVED_AT, str("when ingest-service received it (ISO-8601 instant)").put("format", "date-time"));
        p.set(RawHeaders.HINT_AGENCY, str("the agency the client named, if any"));
        p.set(RawHeaders.CHANNEL, str("how the document arrived: http, multipart, inbox or fetch"));
        ((ArrayNode) rawHeaders.get("required")).add(RawHeaders.DOCUMENT_ID).add(RawHeaders.MEDIA_TYPE)
                .add(RawHeaders.RECEIVED_AT).add(RawHeaders.CHANNEL);
        message(messages, M_RAW, "A raw document", "The bytes of the document exactly as received; its metadata in"
                        + " headers (contract RawHeaders). Values of headers are UTF-8 strings.",
                "application/octet-stream", rawHeaders,
                F.objectNode().put("type", "string").put("format", "binary")
                        .put("description", "the raw bytes (HTML, DOCX, DOC, PDF, TXT, Markdown, OFD, ...)"),
                CloudEventTypes.RAW);

        message(messages, M_RAW_KEY, "A published documentId", "Key-only record: value empty, no headers.",
                "application/octet-stream", null,
                F.objectNode().put("type", "string").put("maxLength", 0).put("description", "empty"), null);

        message(messages, M_PARSED, "A parsed report", "The record parse-service made of one raw document.",
                "application/json",
                ceHeaders(CloudEventTypes.PARSED, List.of(CloudEventTypes.SOURCE_PARSE, CloudEventTypes.SOURCE_STORE),
                        "the documentId (store-service's re-validation: documentId-revalidate-millis)", null,
                        "application/json"),
                ref(SCHEMAS + S_PARSED), CloudEventTypes.PARSED);

        message(messages, M_VALIDATED, "A validated report", "The record with the findings of every rule of the"
                        + " catalogue, its summary and the rule-set version.", "application/json",
                ceHeaders(CloudEventTypes.VALIDATED, List.of(CloudEventTypes.SOURCE_VALIDATE), "the documentId", null,
                        "application/json"),
                ref(SCHEMAS + S_VALIDATED), CloudEventTypes.VALIDATED);

        change(messages, M_STORED, "STORED", CloudEventTypes.STORED, "A report was stored: a new document (revision"
                + " new) or a re-validated one (revision replaced).");
        change(messages, M_FINDING_ADDED, "FINDING_ADDED", CloudEventTypes.FINDING_ADDED, "A history rule of"
                + " store-service found something (carry-over, in-force drift, copied text, duplicate report).");
        change(messages, M_SUPERSEDED, "SUPERSEDED", CloudEventTypes.SUPERSEDED, "Another document of the same"
                + " report (same agency, same year) became current.");

        message(messages, M_PARSE_DL, "A raw document parse-service refused", "The refused record as consumed:"
                        + " its key, bytes and headers, plus the dead-letter headers.", "application/octet-stream",
                deadLetterHeaders(true),
                F.objectNode().put("type", "string").put("format", "binary").put("description", "the raw bytes"), null);
        message(messages, M_VALIDATE_DL, "A parsed record validate-service refused", "The refused record as"
                        + " consumed (possibly not JSON at all), plus the dead-letter headers.", "application/json",
                deadLetterHeaders(true),
                F.objectNode().put("type", "string").put("description", "the refused value as it was"), null);
        message(messages, M_STORE_DL, "A validated record store-service refused", "The refused record as consumed"
                        + " (possibly not JSON at all), plus the dead-letter headers.", "application/json",
                deadLetterHeaders(false),
                F.objectNode().put("type", "string").put("description", "the refused value as it was"), null);
    }

    private static void change(ObjectNode messages, String id, String change, String ceType, String description) {
        ObjectNode headers = ceHeaders(ceType, List.of(CloudEventTypes.SOURCE_STORE),
                "name-based UUID of the change: the same for a repeat of the same change", "uuid", "application/json");
        ((ObjectNode) headers.get("properties")).set("ce_dataschema",
                F.objectNode().put("const", "/api/schemas/change-event")
                        .put("description", "store-service's path of the data schema"));
        ObjectNode payload = F.objectNode();
        ArrayNode all = payload.putArray("allOf");
        all.add(ref(SCHEMAS + S_CHANGE_EVENT));
        all.addObject().putObject("properties").putObject("change").put("const", change);
        message(messages, id, change, description, "application/json", headers, payload, ceType);
    }

    private static void message(ObjectNode messages, String id, String title, String description, String contentType,
                                ObjectNode headers, ObjectNode payload, String ceType) {
        ObjectNode m = messages.putObject(id);
        m.put("name", id);
        m.put("title", title);
        m.put("summary", ceType == null ? title : title + " (" + ceType + ")");
        m.put("description", description);
        m.put("contentType", contentType);
        if (headers != null) {
            m.set("headers", headers);
        }
        m.set("payload", payload);
        if (ceType != null) {
            m.putObject("correlationId").put("description", "the CloudEvents id").put("location", "$message.header#/ce_id");
        }
        ObjectNode kafka = m.putObject("bindings").putObject("kafka");
        kafka.set("key", ref(SCHEMAS + S_DOCUMENT_ID));
        kafka.put("bindingVersion", KAFKA_BINDING);
    }

    /** CloudEvents binary-mode headers: required ce_specversion, ce_id, ce_type, ce_source; ce_subject = documentId. */
    private static ObjectNode ceHeaders(String type, List<String> sources, String idDescription, String idFormat,
                                        String contentType) {
        ObjectNode h = F.objectNode();
        h.put("type", "object");
        h.put("description", "Kafka headers, values as UTF-8 strings; other headers (e.g. tracing) may be present.");
        ObjectNode p = h.putObject("properties");
        p.set("ce_specversion", F.objectNode().put("const", "1.0"));
        ObjectNode id = str(idDescription).put("minLength", 1);
        if (idFormat != null) {
            id.put("format", idFormat);
        }
        p.set("ce_id", id);
        p.set("ce_type", F.objectNode().put("const", type));
        if (sources.size() == 1) {
            p.set("ce_source", F.objectNode().put("const", sources.get(0)));
        } else {
            ArrayNode e = p.putObject("ce_source").putArray("enum");
            sources.forEach(e::add);
        }
        p.set("ce_subject", ref(SCHEMAS + S_DOCUMENT_ID));
        p.set("ce_time", str("when the event happened (RFC 3339)").put("format", "date-time"));
        if (contentType.contains(" ")) {
            p.set("content-type", str(contentType));
        } else {
            p.set("content-type", F.objectNode().put("type", "string").put("pattern", "^" + contentType + "(;.*)?$"));
        }
        // SmallRye writes the data content type twice in binary mode: content-type and ce_datacontenttype
        p.set("ce_datacontenttype", p.get("content-type").deepCopy());
        h.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source").add("ce_subject");
        return h;
    }

    private static ObjectNode deadLetterHeaders(boolean nbReason) {
        ObjectNode h = F.objectNode();
        h.put("type", "object");
        h.put("description", "The headers of the refused record (ce_*, nb-*) stay; the dead-letter ones are added."
                + " Values are UTF-8 strings.");
        ObjectNode p = h.putObject("properties");
        p.set(DEAD_LETTER_REASON, str("why the stage refused the record (the exception's message)").put("minLength", 1));
        p.set("dead-letter-cause", str("the cause, or the exception's class name"));
        p.set("dead-letter-topic", str("the topic the record was consumed from"));
        p.set("dead-letter-partition", str("its partition (decimal)").put("pattern", "^[0-9]+$"));
        p.set("dead-letter-offset", str("its offset (decimal)").put("pattern", "^[0-9]+$"));
        if (nbReason) {
            p.set(RawHeaders.FAILURE_REASON, str("REASON: message (REASON a code such as UNREADABLE, PUBLISH_FAILED)"));
        }
        h.putArray("required").add(DEAD_LETTER_REASON);
        return h;
    }

    // ---------------------------------------------------------------- channels and operations

    private static void channel(ObjectNode channels, String id, String topic, String description, String cleanup,
                                String... messageIds) {
        ObjectNode c = channels.putObject(id);
        c.put("address", topic);
        c.put("title", topic);
        c.put("description", description);
        ObjectNode ms = c.putObject("messages");
        for (String m : messageIds) {
            ms.set(m, ref(MESSAGES + m));
        }
        ObjectNode kafka = c.putObject("bindings").putObject("kafka");
        kafka.put("topic", topic);
        if (cleanup != null) {
            kafka.putObject("topicConfiguration").putArray("cleanup.policy").add(cleanup);
        }
        kafka.put("bindingVersion", KAFKA_BINDING);
    }

    private static void op(ObjectNode ops, String id, String action, String service, String channel, String summary,
                           String... messageIds) {
        ObjectNode o = ops.putObject(id);
        o.put("action", action);
        o.set("channel", ref("#/channels/" + channel));
        o.put("summary", service + ": " + summary);
        o.putArray("tags").addObject().put("name", service);
        ArrayNode ms = o.putArray("messages");
        for (String m : messageIds) {
            ms.add(ref("#/channels/" + channel + "/messages/" + m));
        }
    }

    private static ObjectNode ref(String to) {
        return F.objectNode().put("$ref", to);
    }

    private static ObjectNode str(String description) {
        return F.objectNode().put("type", "string").put("description", description);
    }
}
