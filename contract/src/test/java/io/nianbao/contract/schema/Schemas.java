package io.nianbao.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test helper: a draft 2020-12 validator of a schema, or of one schema of an AsyncAPI document by JSON pointer. */
public final class Schemas {
    private Schemas() {
    }

    public static JsonSchema of(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    /** The schema at {@code pointer} (e.g. #/components/schemas/X) of {@code document}, its $refs resolved in it. */
    public static JsonSchema in(JsonNode document, String pointer) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.put("$schema", JsonSchemaGenerator.DRAFT_2020_12);
        wrapper.set("components", document.get("components"));
        wrapper.put("$ref", pointer);
        return of(wrapper);
    }

    public static Set<String> errors(JsonSchema schema, JsonNode value) {
        Set<ValidationMessage> errors = schema.validate(value);
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }
}
