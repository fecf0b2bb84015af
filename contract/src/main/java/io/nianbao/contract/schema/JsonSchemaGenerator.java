package io.nianbao.contract.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.contract.Json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schema of a contract class, derived from how {@link Json#mapper()} writes it: the properties Jackson
 * finds (public fields, annotations honoured), in the order Jackson writes them. Nested classes become
 * definitions referenced by {@code refPrefix + name} (name = the class name without its package, {@code $}
 * as {@code .}, e.g. {@code ReportRecord.Finding}); recursive types are references too.
 *
 * <p>What the mapping implies and nothing more: a property that a class omits when null
 * ({@code @JsonInclude(NON_NULL)}) is never null; other reference-typed properties and every element of a
 * list or map (an empty table cell is a null inside a table) may be null; primitives are always written, so
 * they are {@code required}. No {@code additionalProperties: false}: fields are only ever added (see the
 * contract README), and readers ignore unknown ones. The output is deterministic: definitions sorted by name.
 */
public final class JsonSchemaGenerator {
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** Prefix for a self-contained schema document. */
    public static final String DEFS = "#/$defs/";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final String refPrefix;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();
    private final Map<String, Class<?>> namedClasses = new TreeMap<>();

    public JsonSchemaGenerator(ObjectMapper mapper, String refPrefix) {
        this.mapper = mapper;
        this.refPrefix = refPrefix;
    }

    /** A generator over the contract's own mapping. */
    public JsonSchemaGenerator(String refPrefix) {
        this(Json.mapper(), refPrefix);
    }

    /** The name under which {@code type} is defined: {@code ReportRecord}, {@code ReportRecord.Finding}. */
    public static String nameOf(Class<?> type) {
        String name = type.getName();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).replace('$', '.');
    }

    /**
     * Defines {@code type} (and every class it refers to) and returns a reference to it.
     */
    public ObjectNode define(Class<?> type) {
        defineBean(mapper.constructType(type));
        return ref(nameOf(type));
    }

    /** Every definition made so far, sorted by name. */
    public Map<String, ObjectNode> definitions() {
        return java.util.Collections.unmodifiableMap(definitions);
    }

    /**
     * A self-contained draft 2020-12 schema of {@code type}: its own properties at the top, the classes it
     * refers to (itself included, when recursive) under {@code $defs}.
     */
    public static ObjectNode standalone(Class<?> type, String id) {
        JsonSchemaGenerator g = new JsonSchemaGenerator(DEFS);
        g.define(type);
        ObjectNode out = F.objectNode();
        out.put("$schema", DRAFT_2020_12);
        if (id != null) {
            out.put("$id", id);
        }
        out.put("title", nameOf(type));
        ObjectNode root = g.definitions.get(nameOf(type));
        root.fields().forEachRemaining(e -> {
            if (!"title".equals(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        ObjectNode defs = F.objectNode();
        g.definitions.forEach((name, schema) -> {
            if (!name.equals(nameOf(type))) {
                defs.set(name, schema);
            }
        });
        if (!defs.isEmpty()) {
            out.set("$defs", defs);
        }
        // a recursive root refers to itself under $defs: keep it there too
        if (out.toString().contains("\"" + DEFS + nameOf(type) + "\"")) {
            defs.set(nameOf(type), root);
            out.set("$defs", sorted(defs));
        }
        return out;
    }

    private static ObjectNode sorted(ObjectNode node) {
        ObjectNode out = F.objectNode();
        new TreeMap<String, JsonNode>(toMap(node)).forEach(out::set);
        return out;
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> m = new TreeMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private ObjectNode ref(String name) {
        return F.objectNode().put("$ref", refPrefix + name);
    }

    private void defineBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        String name = nameOf(raw);
        Class<?> known = namedClasses.get(name);
        if (known != null) {
            if (known != raw) {
                throw new IllegalArgumentException("two classes named " + name + ": " + known + ", " + raw);
            }
            return;
        }
        namedClasses.put(name, raw);
        ObjectNode schema = F.objectNode();
        definitions.put(name, schema); // before the properties: a recursive reference finds it
        schema.put("title", name);
        schema.put("type", "object");
        SerializationConfig config = mapper.getSerializationConfig();
        BeanDescription description = config.introspect(type);
        boolean omitsNulls = omitsNulls(description.findPropertyInclusion(config.getDefaultPropertyInclusion(raw, JsonInclude.Value.empty())));
        ObjectNode properties = F.objectNode();
        List<String> required = new ArrayList<>();
        for (BeanPropertyDefinition p : description.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            JavaType pt = p.getPrimaryType();
            boolean nullable = !pt.isPrimitive() && !(omitsNulls || omitsNulls(p.findInclusion()));
            properties.set(p.getName(), schemaOf(pt, nullable));
            if (pt.isPrimitive()) {
                required.add(p.getName());
            }
        }
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            ArrayNode r = schema.putArray("required");
            required.forEach(r::add);
        }
    }

    private static boolean omitsNulls(JsonInclude.Value inclusion) {
        if (inclusion == null) {
            return false;
        }
        return Set.of(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.NON_DEFAULT).contains(inclusion.getValueInclusion());
    }

    private ObjectNode schemaOf(JavaType t, boolean nullable) {
        Class<?> c = t.getRawClass();
        if (c == byte[].class) {
            return simple("string", nullable).put("contentEncoding", "base64");
        }
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
                || c == Long.class || c == Short.class || c == Byte.class || c == BigInteger.class) {
            return simple("integer", nullable);
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class
                || c == BigDecimal.class || c == Number.class) {
            return simple("number", nullable);
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple("boolean", nullable);
        }
        if (CharSequence.class.isAssignableFrom(c) || c == char.class || c == Character.class) {
            return simple("string", nullable);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return simple("string", nullable).put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return simple("string", nullable).put("format", "date");
        }
        if (c == UUID.class) {
            return simple("string", nullable).put("format", "uuid");
        }
        if (c.isEnum()) {
            ObjectNode s = simple("string", nullable);
            ArrayNode values = s.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(mapper.convertValue(constant, String.class));
            }
            if (nullable) {
                values.addNull();
            }
            return s;
        }
        if (t.isArrayType() || t.isCollectionLikeType()) {
            ObjectNode s = simple("array", nullable);
            s.set("items", schemaOf(t.getContentType(), !t.getContentType().isPrimitive()));
            return s;
        }
        if (t.isMapLikeType()) {
            Class<?> key = t.getKeyType().getRawClass();
            if (!CharSequence.class.isAssignableFrom(key) && !key.isEnum()) {
                throw new IllegalArgumentException("map keys must be strings: " + t);
            }
            ObjectNode s = simple("object", nullable);
            s.set("additionalProperties", schemaOf(t.getContentType(), true));
            return s;
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return F.objectNode(); // anything
        }
        defineBean(t);
        ObjectNode ref = ref(nameOf(c));
        if (!nullable) {
            return ref;
        }
        ObjectNode s = F.objectNode();
        s.putArray("anyOf").add(ref).add(F.objectNode().put("type", "null"));
        return s;
    }

    private static ObjectNode simple(String type, boolean nullable) {
        ObjectNode s = F.objectNode();
        if (nullable) {
            s.putArray("type").add(type).add("null");
        } else {
            s.put("type", type);
        }
        return s;
    }
}
