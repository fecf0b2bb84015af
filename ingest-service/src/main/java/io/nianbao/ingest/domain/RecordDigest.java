package io.nianbao.ingest.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Set;

/**
 * The small part of a validated record that a {@code ?wait} answer carries: documentId, source, report (agency,
 * year, template...), summary (status and counts), parser and rule-set versions, and the number of findings.
 * Read with a streaming parser that skips everything else (sections, full text, tables, figures) without
 * building it, so a multi-megabyte record costs one pass over its bytes and a few hundred bytes of heap.
 */
public final class RecordDigest {
    private static final Set<String> KEPT = Set.of("documentId", "source", "report", "summary", "ruleSetVersion",
            "parserVersion");

    private RecordDigest() {
    }

    /** The digest as a JSON object; throws when the bytes are not a JSON object. */
    public static ObjectNode of(ObjectMapper mapper, byte[] json, int offset, int length) throws IOException {
        ObjectNode out = mapper.createObjectNode();
        try (JsonParser p = mapper.getFactory().createParser(json, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a validated record is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (KEPT.contains(name)) {
                    JsonNode node = p.readValueAsTree();
                    out.set(name, node);
                } else if (name.equals("findings") && value == JsonToken.START_ARRAY) {
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        n++;
                    }
                    out.put("findingCount", n);
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
