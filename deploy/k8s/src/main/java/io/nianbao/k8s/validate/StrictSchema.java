package io.nianbao.k8s.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Kubernetes-flavoured OpenAPI schema (as in a CRD's openAPIV3Schema or the Kubernetes OpenAPI
 * document) into a strict JSON Schema (draft 7):
 * <ul>
 *   <li>an object schema that lists {@code properties} and says nothing of {@code additionalProperties}
 *       gets {@code additionalProperties: false}: an unknown (misspelt) field fails, as it does with
 *       {@code kubectl apply --validate=strict}; a schema marked {@code x-kubernetes-preserve-unknown-fields}
 *       keeps accepting unknown fields;</li>
 *   <li>{@code nullable: true} becomes a type that also admits {@code null};</li>
 *   <li>{@code x-kubernetes-int-or-string: true} admits an integer or a string;</li>
 *   <li>{@code oneOf: [S, {type: null}]} becomes S (error messages then name the wrong field, not the
 *       oneOf around it);</li>
 *   <li>the branches of {@code allOf}/{@code anyOf}/{@code oneOf}/{@code not} are left open: in a
 *       structural CRD schema they only restate constraints on properties declared beside them.</li>
 * </ul>
 * {@code x-kubernetes-validations} (CEL rules) are not evaluated.
 */
public final class StrictSchema {

    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "oneOf", "not");
    private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "definitions", "patternProperties");
    private static final Set<String> SCHEMA_VALUED = Set.of("items", "additionalProperties", "additionalItems",
            "contains", "propertyNames", "if", "then", "else");

    private static final JsonNode NULL_TYPE = JsonNodeFactory.instance.objectNode().put("type", "null");

    private StrictSchema() {
    }

    private static boolean isNullableWrapper(JsonNode oneOf) {
        return oneOf.isArray() && oneOf.size() == 2 && (oneOf.get(0).equals(NULL_TYPE) ^ oneOf.get(1).equals(NULL_TYPE));
    }

    public static JsonNode of(JsonNode schema) {
        return transform(schema, true);
    }

    private static JsonNode transform(JsonNode node, boolean strict) {
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode in = (ObjectNode) node;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        in.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> e : fields) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (NAMED_SCHEMAS.contains(key) && value.isObject()) {
                ObjectNode named = out.putObject(key);
                value.fields().forEachRemaining(p -> named.set(p.getKey(), transform(p.getValue(), strict)));
            } else if (SCHEMA_VALUED.contains(key) && value.isObject()) {
                out.set(key, transform(value, strict));
            } else if (key.equals("oneOf") && isNullableWrapper(value)) {
                // oneOf [schema, {type: null}] (how kubernetes-models spells an optional object): just the
                // schema, which keeps the error messages to the field that is wrong; null is not admitted
                JsonNode other = value.get(0).equals(NULL_TYPE) ? value.get(1) : value.get(0);
                out.putArray("allOf").add(transform(other, strict));
            } else if (COMBINATORS.contains(key)) {
                if (value.isArray()) {
                    ArrayNode branches = out.putArray(key);
                    value.forEach(b -> branches.add(transform(b, false)));
                } else {
                    out.set(key, transform(value, false));
                }
            } else if (!key.equals("nullable") && !key.equals("x-kubernetes-int-or-string")) {
                out.set(key, value.deepCopy());
            }
        }
        if (in.path("x-kubernetes-int-or-string").asBoolean(false)) {
            out.remove("type");
            ArrayNode types = out.putArray("type");
            types.add("integer");
            types.add("string");
        }
        if (in.path("nullable").asBoolean(false)) {
            JsonNode type = out.get("type");
            if (type != null && type.isTextual()) {
                ArrayNode types = JsonNodeFactory.instance.arrayNode();
                types.add(type.asText());
                types.add("null");
                out.set("type", types);
            } else if (type != null && type.isArray()) {
                ((ArrayNode) type).add("null");
            }
        }
        boolean preserve = in.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (strict && in.has("properties") && !in.has("additionalProperties") && !preserve) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
