package io.nianbao.store.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The served AsyncAPI document against what the topics really carry: the change events store publishes on
 * reports.changes and the parsed records it republishes on reports.parsed, read back from the real broker,
 * each checked against its declared message (key, headers, payload schema).
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class AsyncApiTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    JsonNode doc;

    /** Read from the running service before each test (rest-assured's port is set only once Quarkus runs). */
    @BeforeEach
    void load() throws Exception {
        doc = MAPPER.readTree(given().get("/api/asyncapi").then().statusCode(200).contentType("application/json")
                .extract().asByteArray());
    }

    @Test
    void servedAsJsonAndYamlListedInOpenApiWithEveryTopicAndTheChangeEventSchema() throws Exception {
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        doc.get("channels").forEach(c -> addresses.add(c.get("address").asText()));
        List<String> topics = new ArrayList<>(Arrays.asList(Topics.ALL));
        topics.add(Topics.RAW_KEYS);
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topics);

        String yaml = given().get("/api/asyncapi.yaml").then().statusCode(200).contentType("application/yaml")
                .extract().asString();
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(yaml)).isEqualTo(doc);

        JsonNode openapi = MAPPER.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asByteArray());
        assertThat(openapi.get("paths").has("/api/asyncapi")).isTrue();
        assertThat(openapi.get("paths").has("/api/asyncapi.yaml")).isTrue();
        assertThat(openapi.get("paths").has("/api/schemas/report-record")).isTrue();

        // the embedded change-event schema is the one published at /api/schemas/change-event
        ObjectNode published = (ObjectNode) MAPPER.readTree(given().get("/api/schemas/change-event").asByteArray());
        published.remove("$schema");
        published.remove("$id");
        assertThat(doc.at("/components/schemas/ChangeEvent")).isEqualTo(published);
        // and the generated record schema is served on its own
        JsonNode record = MAPPER.readTree(given().get("/api/schemas/report-record").then().statusCode(200)
                .extract().asByteArray());
        assertThat(record.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(record.at("/properties/applications/additionalProperties/items/type").toString())
                .isEqualTo("[\"number\",\"null\"]");
    }

    @Test
    void realChangeEventsMatchTheirDeclaredMessages() {
        // two copies of one report: STORED, then STORED + SUPERSEDED + FINDING_ADDED (DUPLICATE_REPORT) on both
        String agency = TestRecords.uniqueAgency("异步");
        String first = HistoryTest.store(TestRecords.report(agency, 2022).published("2023-01-10"));
        String second = HistoryTest.store(TestRecords.report(agency, 2022).published("2023-01-20"));
        Set<String> keys = Set.of(first, second);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                types(OutboxTest.eventsOf(keys)).containsAll(Set.of(CloudEventTypes.STORED, CloudEventTypes.SUPERSEDED,
                        CloudEventTypes.FINDING_ADDED)));
        List<ConsumerRecord<String, String>> events = OutboxTest.eventsOf(keys);
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        JsonNode channel = channel(Topics.CHANGES);
        for (ConsumerRecord<String, String> r : events) {
            String message = messageFor(channel, r);
            assertMatches(message, r);
            // the check can fail: the same record is not a message of another type
            String other = CloudEventTypes.STORED.equals(Broker.header(r, "ce_type")) ? "FindingAdded" : "ReportStored";
            assertThat(headerErrors(other, r)).as("ce_type of %s vs %s", r.value(), other).isNotEmpty();
            assertThat(payloadErrors(other, r)).as("change of %s vs %s", r.value(), other).isNotEmpty();
        }
    }

    @Test
    void aParsedRecordStoreRepublishesMatchesTheParsedMessage() {
        String agency = TestRecords.uniqueAgency("重验");
        String id = HistoryTest.store(TestRecords.report(agency, 2021));
        List<String> republished = given().header("X-API-Key", "test-admin-key").queryParam("agency", agency)
                .post("/api/admin/revalidate").then().statusCode(200).extract().jsonPath().getList("documentIds");
        assertThat(republished).containsExactly(id);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                Broker.readAll(Topics.PARSED).stream().anyMatch(r -> id.equals(r.key())));
        List<ConsumerRecord<String, String>> parsed = Broker.readAll(Topics.PARSED).stream()
                .filter(r -> id.equals(r.key())).toList();
        JsonNode channel = channel(Topics.PARSED);
        for (ConsumerRecord<String, String> r : parsed) {
            assertThat(Broker.header(r, "ce_source")).isEqualTo(CloudEventTypes.SOURCE_STORE);
            assertMatches(messageFor(channel, r), r);
            // the parsed form is not a validated record: no findings, summary, rule-set version
            assertThat(payloadErrors("ValidatedReport", r)).isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ helpers

    static Set<String> types(List<ConsumerRecord<String, String>> events) {
        return events.stream().map(r -> Broker.header(r, "ce_type")).collect(Collectors.toSet());
    }

    JsonNode channel(String topic) {
        for (JsonNode c : doc.get("channels")) {
            if (c.get("address").asText().equals(topic)) {
                return c;
            }
        }
        throw new AssertionError("the document has no channel " + topic);
    }

    /** The message of the channel whose declared ce_type is the record's; exactly one. */
    String messageFor(JsonNode channel, ConsumerRecord<String, String> r) {
        String ceType = Broker.header(r, "ce_type");
        List<String> matching = new ArrayList<>();
        channel.get("messages").forEach(ref -> {
            String name = ref.get("$ref").asText().substring("#/components/messages/".length());
            if (ceType != null && ceType.equals(doc.at("/components/messages/" + name + "/headers/properties/ce_type/const").asText())) {
                matching.add(name);
            }
        });
        assertThat(matching).as("messages of %s declaring ce_type %s", channel.get("address"), ceType).hasSize(1);
        return matching.get(0);
    }

    void assertMatches(String message, ConsumerRecord<String, String> r) {
        assertThat(errors(schema("#/components/messages/" + message + "/bindings/kafka/key"), TextNode.valueOf(r.key())))
                .as("key %s", r.key()).isEmpty();
        assertThat(headerErrors(message, r)).as("headers %s of %s", headers(r), message).isEmpty();
        assertThat(payloadErrors(message, r)).as("payload of %s: %s", message, r.value()).isEmpty();
        // every CloudEvents header the record carries is declared
        Set<String> declared = new TreeSet<>();
        doc.at("/components/messages/" + message + "/headers/properties").fieldNames().forEachRemaining(declared::add);
        Set<String> ce = headers(r).keySet().stream().filter(h -> h.startsWith("ce_") || h.equals("content-type"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("declared headers of %s", message).containsAll(ce);
    }

    Set<String> headerErrors(String message, ConsumerRecord<String, String> r) {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        headers(r).forEach(h::put);
        return errors(schema("#/components/messages/" + message + "/headers"), h);
    }

    Set<String> payloadErrors(String message, ConsumerRecord<String, String> r) {
        JsonNode value;
        try {
            value = MAPPER.readTree(r.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.value(), e);
        }
        return errors(schema("#/components/messages/" + message + "/payload"), value);
    }

    static Map<String, String> headers(ConsumerRecord<?, ?> r) {
        Map<String, String> out = new TreeMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The schema at {@code pointer} of the served document, its $refs resolved in the document. */
    JsonSchema schema(String pointer) {
        assertThat(doc.at(pointer.substring(1)).isMissingNode()).as(pointer).isFalse();
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", doc.get("components"));
        wrapper.put("$ref", pointer);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper);
    }

    static Set<String> errors(JsonSchema schema, JsonNode value) {
        return schema.validate(value).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
