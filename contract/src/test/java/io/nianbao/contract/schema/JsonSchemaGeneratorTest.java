package io.nianbao.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

public class JsonSchemaGeneratorTest {
    static final ObjectNode SCHEMA = JsonSchemaGenerator.standalone(ReportRecord.class, "urn:test:report-record");
    static final JsonSchema VALIDATOR = Schemas.of(SCHEMA);

    /** A record with every nested type filled, as validate-service writes one. */
    public static ReportRecord full() {
        ReportRecord r = new ReportRecord();
        r.documentId = DocumentIds.of("full".getBytes());
        r.source = new ReportRecord.Source();
        r.source.fileName = "a.html";
        r.source.sizeBytes = 1234L;
        r.source.channel = "http";
        r.report = new ReportRecord.Report();
        r.report.agency = "南京市玄武区司法局";
        r.report.reportYear = 2022;
        r.report.template = "2021";
        r.sections.add(new ReportRecord.Section(1, "一、总体情况", "……", 0, 10));
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        row.put("made", BigDecimal.ONE);
        row.put("repealed", null);
        r.activeDisclosure = new LinkedHashMap<>(Map.of("regulations", row));
        r.applications = new LinkedHashMap<>(Map.of("newReceived", Arrays.asList(BigDecimal.ONE, null,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1"))));
        r.reviewLitigation = new LinkedHashMap<>(Map.of("review", new LinkedHashMap<>(Map.of("upheld", BigDecimal.TEN))));
        r.narrative.put("applicationsReceived", new BigDecimal("3"));
        ReportRecord.StatedFigure f = new ReportRecord.StatedFigure();
        f.key = "applicationsReceived";
        f.value = new BigDecimal("3");
        f.start = 5;
        f.end = 9;
        ReportRecord.StatedFigure part = new ReportRecord.StatedFigure();
        part.key = "part";
        part.value = BigDecimal.ONE;
        f.parts = List.of(part);
        r.figures.add(f);
        ReportRecord.ParseNote n = new ReportRecord.ParseNote("TEXT_REPAIRED", "repaired", 1);
        n.cells = List.of("applications.newReceived.1");
        r.parseNotes.add(n);
        r.text = "全年收到申请3件。";
        r.parserVersion = "parse-3+8a2f6b90";
        ReportRecord.Finding finding = new ReportRecord.Finding();
        finding.ruleId = "SUM_MISMATCH";
        finding.severity = "error";
        finding.cells = List.of(new ReportRecord.CellRef("applications", "newReceived", "6"));
        r.findings = List.of(finding);
        r.summary = new ReportRecord.Summary();
        r.summary.errors = 1;
        r.summary.status = "errors";
        r.summary.reasons = List.of();
        r.ruleSetVersion = "rules-4+3f9a0c21";
        return r;
    }

    @Test
    void aFullRecordAsTheMapperWritesItIsValid() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.toBytes(full()));
        assertThat(Schemas.errors(VALIDATOR, json)).isEmpty();
    }

    @Test
    void wrongTypesMissingPrimitivesAndTextCellsAreRefused() throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(Json.toBytes(full()));
        ((ObjectNode) json.get("report")).put("reportYear", "二〇二二");
        ((ArrayNode) json.get("applications").get("newReceived")).set(2, "三");
        ((ObjectNode) json.get("sections").get(0)).remove("number");
        ((ObjectNode) json.get("figures").get(0).get("parts").get(0)).put("value", "one");
        json.put("findings", "none");
        Set<String> errors = Schemas.errors(VALIDATOR, json);
        assertThat(String.join("\n", errors))
                .contains("$.report.reportYear").contains("$.applications.newReceived[2]")
                .contains("$.sections[0]").contains("number").contains("$.figures[0].parts[0].value")
                .contains("$.findings");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyPublicFieldOfEveryClassIsAProperty() {
        JsonNode defs = SCHEMA.get("$defs");
        assertThat(names(SCHEMA.get("properties"))).isEqualTo(publicFields(ReportRecord.class));
        for (Class<?> nested : ReportRecord.class.getDeclaredClasses()) {
            String name = JsonSchemaGenerator.nameOf(nested);
            assertThat(defs.has(name)).as("definition of %s", name).isTrue();
            assertThat(names(defs.get(name).get("properties"))).as(name).isEqualTo(publicFields(nested));
        }
    }

    @Test
    void mappingFactsShowInTheSchema() {
        JsonNode props = SCHEMA.get("properties");
        // an empty cell is a null inside a table; tables omitted when null are never null
        assertThat(props.at("/applications/additionalProperties/items/type").toString()).isEqualTo("[\"number\",\"null\"]");
        assertThat(props.at("/applications/type").asText()).isEqualTo("object");
        assertThat(props.at("/documentId/type").asText()).isEqualTo("string");
        // recursion is a reference
        assertThat(SCHEMA.at("/$defs/ReportRecord.StatedFigure/properties/parts/items/anyOf/0/$ref").asText())
                .isEqualTo("#/$defs/ReportRecord.StatedFigure");
        // primitives are always written
        assertThat(SCHEMA.at("/$defs/ReportRecord.Summary/required").toString())
                .isEqualTo("[\"errors\",\"warnings\",\"infos\"]");
        assertThat(SCHEMA.path("additionalProperties").isMissingNode()).isTrue();
    }

    @Test
    void generationIsDeterministic() {
        String a = Json.toString(JsonSchemaGenerator.standalone(ReportRecord.class, null));
        String b = Json.toString(JsonSchemaGenerator.standalone(ReportRecord.class, null));
        assertThat(a).isEqualTo(b).contains("\"$schema\":\"" + JsonSchemaGenerator.DRAFT_2020_12 + "\"");
    }

    static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static Set<String> publicFields(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
