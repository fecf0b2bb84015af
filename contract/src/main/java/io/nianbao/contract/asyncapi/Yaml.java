package io.nianbao.contract.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree as block-style YAML 1.2, without a YAML library: keys and strings as double-quoted scalars with
 * JSON's escapes (which YAML's double-quoted style shares), numbers, booleans and null as in JSON, empty
 * objects and arrays in flow style. Reading it back gives the same tree.
 */
public final class Yaml {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Yaml() {
    }

    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isContainerNode() && !node.isEmpty()) {
            block(node, 0, out);
        } else {
            out.append(scalar(node)).append('\n');
        }
        return out.toString();
    }

    private static void block(JsonNode node, int indent, StringBuilder out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                pad(indent, out).append(quote(e.getKey())).append(':');
                value(e.getValue(), indent, out);
            }
        } else {
            for (JsonNode item : node) {
                pad(indent, out).append('-');
                value(item, indent, out);
            }
        }
    }

    private static void value(JsonNode v, int indent, StringBuilder out) {
        if (v.isContainerNode() && !v.isEmpty()) {
            out.append('\n');
            block(v, indent + 2, out);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static String scalar(JsonNode v) {
        if (v.isObject()) {
            return "{}";
        }
        if (v.isArray()) {
            return "[]";
        }
        if (v.isTextual()) {
            return quote(v.asText());
        }
        return v.toString(); // numbers, true, false, null: the same in YAML 1.2's JSON schema
    }

    private static String quote(String s) {
        try {
            // JSON escapes; '/' is never escaped by Jackson, and YAML double-quoted scalars accept \" \\ \n \t \\uXXXX
            return PLAIN.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StringBuilder pad(int indent, StringBuilder out) {
        return out.append(" ".repeat(indent));
    }
}
