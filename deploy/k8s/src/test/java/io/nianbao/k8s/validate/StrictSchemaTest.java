package io.nianbao.k8s.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrictSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode strict(String json) throws Exception {
        return StrictSchema.of(JSON.readTree(json));
    }

    @Test
    void objectsWithPropertiesRejectUnknownFields() throws Exception {
        JsonNode s = strict("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"object\",\"properties\":{\"b\":{}}}}}");
        assertThat(s.at("/additionalProperties").asBoolean(true)).isFalse();
        assertThat(s.at("/properties/a/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void declaredAdditionalPropertiesAndPreservedUnknownFieldsStayOpen() throws Exception {
        JsonNode s = strict("{\"type\":\"object\",\"properties\":{"
                + "\"m\":{\"type\":\"object\",\"properties\":{},\"additionalProperties\":{\"type\":\"string\"}},"
                + "\"p\":{\"type\":\"object\",\"properties\":{\"x\":{}},\"x-kubernetes-preserve-unknown-fields\":true}}}");
        assertThat(s.at("/properties/m/additionalProperties/type").asText()).isEqualTo("string");
        assertThat(s.at("/properties/p").has("additionalProperties")).isFalse();
    }

    @Test
    void nullableAndIntOrStringBecomeTypeLists() throws Exception {
        JsonNode s = strict("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"string\",\"nullable\":true},"
                + "\"i\":{\"x-kubernetes-int-or-string\":true,\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}]}}}");
        assertThat(s.at("/properties/n/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(s.at("/properties/n").has("nullable")).isFalse();
        assertThat(s.at("/properties/i/type").toString()).isEqualTo("[\"integer\",\"string\"]");
    }

    @Test
    void combinatorBranchesStayOpen() throws Exception {
        JsonNode s = strict("{\"type\":\"object\",\"properties\":{\"a\":{},\"b\":{}},"
                + "\"oneOf\":[{\"properties\":{\"a\":{}},\"required\":[\"a\"]},{\"properties\":{\"b\":{}},\"required\":[\"b\"]}]}");
        assertThat(s.at("/additionalProperties").asBoolean(true)).isFalse();
        assertThat(s.at("/oneOf/0").has("additionalProperties")).isFalse();
    }

    @Test
    void optionalObjectWrapperBecomesTheObject() throws Exception {
        JsonNode s = strict("{\"properties\":{\"spec\":{\"oneOf\":[{\"$ref\":\"#/definitions/S\"},{\"type\":\"null\"}]}}}");
        assertThat(s.at("/properties/spec/allOf/0/$ref").asText()).isEqualTo("#/definitions/S");
        assertThat(s.at("/properties/spec").has("oneOf")).isFalse();
    }
}
