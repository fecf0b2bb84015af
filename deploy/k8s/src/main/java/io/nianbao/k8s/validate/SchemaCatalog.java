package io.nianbao.k8s.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vendored schemas (deploy/k8s/schemas, see SOURCES.md there), one file per kind, named
 * {@code <group>_<version>_<kind>.json} in lower case ({@code v1_service.json} for the core group),
 * each made strict by {@link StrictSchema} when loaded.
 */
public final class SchemaCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
    private final Map<String, Optional<JsonSchema>> cache = new HashMap<>();

    public SchemaCatalog(Path dir) {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no schema directory " + dir);
        }
    }

    public static String fileName(String apiVersion, String kind) {
        return (apiVersion.replace('/', '_') + "_" + kind).toLowerCase(Locale.ROOT) + ".json";
    }

    /** The strict schema of a kind, or empty when none is vendored. */
    public synchronized Optional<JsonSchema> schemaFor(String apiVersion, String kind) {
        return cache.computeIfAbsent(fileName(apiVersion, kind), this::load);
    }

    public Optional<JsonSchema> objectMeta() {
        return schemaFor("meta/v1", "ObjectMeta");
    }

    private Optional<JsonSchema> load(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode raw = JSON.readTree(file.toFile());
            return Optional.of(factory.getSchema(StrictSchema.of(raw), config));
        } catch (IOException e) {
            throw new UncheckedIOException("schema " + file, e);
        }
    }
}
