package io.nianbao.contract.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.ContractInfo;
import io.nianbao.contract.Json;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.contract.schema.JsonSchemaGeneratorTest;
import io.nianbao.contract.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineAsyncApiTest {
    /** A stand-in for store's change-event schema: the document only embeds it. */
    static final JsonNode CHANGE = Json.read("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
            + "\"$id\":\"urn:x\",\"type\":\"object\",\"required\":[\"change\",\"documentId\"],"
            + "\"properties\":{\"change\":{\"enum\":[\"STORED\",\"FINDING_ADDED\",\"SUPERSEDED\"]},"
            + "\"documentId\":{\"type\":\"string\"}}}", JsonNode.class);
    static final ObjectNode DOC = PipelineAsyncApi.document(CHANGE);

    @Test
    void everyTopicIsOneChannelWithItsKafkaTopic() {
        List<String> addresses = new ArrayList<>();
        DOC.get("channels").forEach(c -> {
            addresses.add(c.get("address").asText());
            assertThat(c.at("/bindings/kafka/topic").asText()).isEqualTo(c.get("address").asText());
        });
        List<String> expected = new ArrayList<>(Arrays.asList(Topics.ALL));
        expected.add(Topics.RAW_KEYS);
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(channelOf(Topics.RAW_KEYS).at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())
                .isEqualTo("compact");
    }

    @Test
    void everyCloudEventsTypeIsTheTypeOfAMessageAndEveryMessageIsKeyedByDocumentId() throws Exception {
        Set<String> declared = new TreeSet<>();
        DOC.at("/components/messages").forEach(m -> {
            JsonNode t = m.at("/headers/properties/ce_type/const");
            if (!t.isMissingNode()) {
                declared.add(t.asText());
            }
            assertThat(m.at("/bindings/kafka/key/$ref").asText()).isEqualTo("#/components/schemas/DocumentId");
        });
        Set<String> types = new TreeSet<>();
        for (Field f : CloudEventTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("SOURCE_")) {
                types.add((String) f.get(null));
            }
        }
        assertThat(declared).isEqualTo(types);
    }

    @Test
    void rawMessagesDeclareEveryRawHeader() throws Exception {
        JsonNode props = DOC.at("/components/messages/RawDocument/headers/properties");
        for (Field f : RawHeaders.class.getFields()) {
            String name = (String) f.get(null);
            if (!name.equals(RawHeaders.FAILURE_REASON)) {
                assertThat(props.has(name)).as("header %s", name).isTrue();
            }
        }
        assertThat(DOC.at("/components/messages/ParseDeadLetter/headers/properties").has(RawHeaders.FAILURE_REASON)).isTrue();
        assertThat(DOC.at("/components/messages/StoreDeadLetter/headers/required/0").asText()).isEqualTo("dead-letter-reason");
    }

    @Test
    void everyReferenceResolvesAndOperationsUseTheirChannelsMessages() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOC, refs);
        assertThat(refs).hasSizeGreaterThan(30);
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(DOC.at(ref.substring(1)).isMissingNode()).as("target of %s", ref).isFalse();
        }
        DOC.get("operations").fields().forEachRemaining(e -> {
            String channel = e.getValue().at("/channel/$ref").asText();
            assertThat(e.getValue().get("action").asText()).isIn("send", "receive");
            e.getValue().get("messages").forEach(m -> assertThat(m.get("$ref").asText()).startsWith(channel + "/messages/"));
        });
    }

    @Test
    void theValidatedPayloadSchemaTakesARealRecordAndRefusesOneWithoutFindings() throws Exception {
        var schema = Schemas.in(DOC, "#/components/schemas/ValidatedReportRecord");
        ReportRecord r = JsonSchemaGeneratorTest.full();
        assertThat(Schemas.errors(schema, Json.mapper().readTree(Json.toBytes(r)))).isEmpty();
        r.findings = null;
        r.documentId = "not-a-sha";
        assertThat(String.join("\n", Schemas.errors(schema, Json.mapper().readTree(Json.toBytes(r)))))
                .contains("findings").contains("documentId");
        var parsed = Schemas.in(DOC, "#/components/schemas/ParsedReportRecord");
        r.documentId = JsonSchemaGeneratorTest.full().documentId;
        assertThat(Schemas.errors(parsed, Json.mapper().readTree(Json.toBytes(r)))).isEmpty();
    }

    @Test
    void theDocumentIsDeterministicAndVersioned() {
        assertThat(Json.toString(PipelineAsyncApi.document(CHANGE))).isEqualTo(Json.toString(DOC));
        assertThat(DOC.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.at("/info/version").asText()).isEqualTo(ContractInfo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(DOC.at("/components/schemas/ChangeEvent").has("$id")).isFalse();
    }

    static JsonNode channelOf(String topic) {
        for (JsonNode c : DOC.get("channels")) {
            if (c.get("address").asText().equals(topic)) {
                return c;
            }
        }
        throw new AssertionError("no channel " + topic);
    }

    static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
