package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One kustomization.yaml, restricted to the fields this renderer implements. Any other field is an error,
 * so a kustomization never renders here differently from {@code kubectl kustomize} by silently ignoring
 * something.
 */
public record Kustomization(Path dir, ObjectNode spec) {

    static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "images", "replicas", "patches", "configMapGenerator", "generatorOptions");

    public static Kustomization load(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException(dir + ": no kustomization.yaml");
        }
        ObjectNode spec = Yaml.readOne(file);
        spec.fieldNames().forEachRemaining(f -> {
            if (!SUPPORTED.contains(f)) {
                throw new KustomizeException(file + ": field '" + f + "' is not implemented by this renderer"
                        + " (supported: " + String.join(", ", SUPPORTED.stream().sorted().toList()) + ")");
            }
        });
        String kind = spec.path("kind").asText("Kustomization");
        if (!kind.equals("Kustomization")) {
            throw new KustomizeException(file + ": kind " + kind + " is not supported (only Kustomization)");
        }
        return new Kustomization(dir, spec);
    }

    public List<String> resources() {
        return strings(spec.path("resources"), "resources");
    }

    public String namespace() {
        return spec.path("namespace").isTextual() ? spec.get("namespace").asText() : null;
    }

    public List<JsonNode> list(String field) {
        JsonNode n = spec.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new KustomizeException(dir + "/kustomization.yaml: '" + field + "' must be a list");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new KustomizeException(dir + "/kustomization.yaml: '" + field + "' must be a list");
        }
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw new KustomizeException(dir + "/kustomization.yaml: '" + field + "' entries must be strings");
            }
            out.add(e.asText());
        }
        return out;
    }
}
