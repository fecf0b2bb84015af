package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The part of Kubernetes' strategic merge patch that our overlays use.
 * <ul>
 *   <li>maps merge key by key; a {@code null} in the patch removes the key;</li>
 *   <li>in built-in kinds (core, apps, policy, ...) the lists that Kubernetes merges by a key are merged
 *       element by element on that key (containers by name, env by name, volumeMounts by mountPath,
 *       ports by containerPort or port, ...); every other list is replaced by the patch's list;</li>
 *   <li>in custom resources every list is replaced (Kustomize knows no merge keys for CRDs);</li>
 *   <li>patch directives ({@code $patch}, {@code $setElementOrder}, ...) are refused.</li>
 * </ul>
 */
public final class StrategicMerge {

    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io");

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "ephemeralContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    private StrategicMerge() {
    }

    /** Applies {@code patch} to {@code target} in place. */
    public static void apply(ObjectNode target, ObjectNode patch) {
        boolean builtIn = BUILT_IN_GROUPS.contains(ResourceId.of(target).group());
        mergeObject(target, patch, builtIn, "");
    }

    private static void mergeObject(ObjectNode target, ObjectNode patch, boolean builtIn, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = e.getKey();
            String at = path + "/" + key;
            if (key.startsWith("$")) {
                throw new KustomizeException("patch directive " + key + " at " + path + " is not supported");
            }
            JsonNode value = e.getValue();
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeObject((ObjectNode) existing, (ObjectNode) value, builtIn, at);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn
                    && mergeKey(key, (ArrayNode) value) != null) {
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(key, (ArrayNode) value), at);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, ArrayNode patchList) {
        if (field.equals("ports")) {
            for (JsonNode p : patchList) {
                if (p.has("containerPort")) {
                    return "containerPort";
                }
            }
            return "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String mergeKey, String path) {
        for (JsonNode element : patch) {
            if (!element.isObject() || !element.has(mergeKey)) {
                throw new KustomizeException("list " + path + " merges on " + mergeKey
                        + ", but a patch element has none: " + element);
            }
            ObjectNode match = null;
            for (JsonNode t : target) {
                if (t.isObject() && t.path(mergeKey).equals(element.get(mergeKey))) {
                    match = (ObjectNode) t;
                    break;
                }
            }
            if (match == null) {
                target.add(element.deepCopy());
            } else {
                mergeObject(match, (ObjectNode) element, true, path + "[" + element.get(mergeKey).asText() + "]");
            }
        }
    }
}
