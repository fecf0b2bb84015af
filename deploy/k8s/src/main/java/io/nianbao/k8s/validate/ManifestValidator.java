package io.nianbao.k8s.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks rendered manifests offline: each against the strict schema of its apiVersion and kind (a kind
 * without a vendored schema is itself an error), its metadata against ObjectMeta, and that it has a name
 * and, unless cluster-scoped, a namespace.
 */
public final class ManifestValidator {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition",
            "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass");

    private final SchemaCatalog catalog;

    public ManifestValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** One problem per line, "<kind> <namespace>/<name>: <message>"; empty when every manifest is valid. */
    public List<String> validate(List<? extends JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        for (JsonNode m : manifests) {
            problems.addAll(validate(m));
        }
        return problems;
    }

    public List<String> validate(JsonNode m) {
        String apiVersion = m.path("apiVersion").asText("");
        String kind = m.path("kind").asText("");
        JsonNode meta = m.path("metadata");
        String id = kind + " " + meta.path("namespace").asText("") + "/" + meta.path("name").asText("");
        Set<String> messages = new TreeSet<>();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            messages.add("apiVersion and kind are required");
        } else {
            Optional<JsonSchema> schema = catalog.schemaFor(apiVersion, kind);
            if (schema.isEmpty()) {
                messages.add("no schema for " + apiVersion + " " + kind + " (vendor one as "
                        + SchemaCatalog.fileName(apiVersion, kind) + ")");
            } else {
                schema.get().validate(m).forEach(v -> messages.add(describe(v)));
            }
        }
        if (!meta.isObject()) {
            messages.add("metadata is required");
        } else {
            catalog.objectMeta().orElseThrow(() -> new IllegalStateException("no ObjectMeta schema"))
                    .validate(meta).forEach(v -> messages.add("metadata: " + describe(v)));
            if (!meta.path("name").isTextual() || meta.path("name").asText().isEmpty()) {
                messages.add("metadata.name is required");
            }
            if (!CLUSTER_SCOPED.contains(kind) && !meta.path("namespace").isTextual()) {
                messages.add("metadata.namespace is required for a namespaced " + kind);
            }
        }
        List<String> out = new ArrayList<>();
        messages.forEach(msg -> out.add(id + ": " + msg));
        return out;
    }

    private static String describe(ValidationMessage v) {
        return v.getMessage();
    }
}
