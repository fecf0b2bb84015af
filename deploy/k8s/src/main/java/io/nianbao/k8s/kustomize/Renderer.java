package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization directory like {@code kubectl kustomize DIR}, for the subset of Kustomize our
 * manifests use: {@code resources} (files and directories with their own kustomization), {@code
 * configMapGenerator} (files and literals, without the name hash), {@code patches} (strategic-merge patch
 * files, target taken from the patch's kind and name), {@code namespace}, {@code labels}, {@code replicas}
 * and {@code images}, applied in Kustomize's order: resources, generators, patches, namespace, labels,
 * replicas, images.
 */
public final class Renderer {

    /** kubectl kustomize's "legacy" output order: these kinds first, in this order ... */
    private static final List<String> ORDER_FIRST = List.of("Namespace", "ResourceQuota", "StorageClass",
            "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
            "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass",
            "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget");
    /** ... these last; all other kinds between, by apiVersion, kind, namespace and name. */
    private static final List<String> ORDER_LAST = List.of("MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration");

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "StorageClass", "PersistentVolume",
            "CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding", "APIService", "IngressClass",
            "PriorityClass");

    private static final Set<String> WORKLOADS_WITH_REPLICAS = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");

    private static final Set<String> WORKLOADS_WITH_TEMPLATE = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "DaemonSet", "Job", "ReplicationController");

    private Renderer() {
    }

    /** Renders the kustomization in {@code dir}, sorted as kubectl kustomize sorts its output. */
    public static List<ObjectNode> render(Path dir) {
        List<ObjectNode> out = build(dir.toAbsolutePath().normalize());
        out.sort(Comparator.comparingInt((ObjectNode r) -> kindRank(r.path("kind").asText()))
                .thenComparing(r -> r.path("apiVersion").asText() + " " + r.path("kind").asText() + " "
                        + r.path("metadata").path("namespace").asText() + " " + r.path("metadata").path("name").asText()));
        return out;
    }

    public static String renderToYaml(Path dir) {
        return Yaml.writeAll(render(dir));
    }

    private static int kindRank(String kind) {
        int first = ORDER_FIRST.indexOf(kind);
        if (first >= 0) {
            return first;
        }
        int last = ORDER_LAST.indexOf(kind);
        return last >= 0 ? ORDER_FIRST.size() + 1 + last : ORDER_FIRST.size();
    }

    private static List<ObjectNode> build(Path dir) {
        Kustomization k = Kustomization.load(dir);
        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : k.resources()) {
            if (entry.contains("://") || entry.startsWith("github.com/")) {
                throw new KustomizeException(dir + ": remote resource " + entry + " is not supported");
            }
            Path p = dir.resolve(entry).normalize();
            if (Files.isDirectory(p)) {
                addAll(resources, build(p), p.toString());
            } else if (Files.isRegularFile(p)) {
                addAll(resources, Yaml.readAll(p), p.toString());
            } else {
                throw new KustomizeException(dir + ": resource " + entry + " does not exist");
            }
        }
        addAll(resources, generateConfigMaps(k), dir + " configMapGenerator");
        applyPatches(k, resources);
        String ns = k.namespace();
        if (ns != null) {
            resources.forEach(r -> setNamespace(r, ns));
        }
        for (JsonNode labels : k.list("labels")) {
            applyLabels(k, labels, resources);
        }
        for (JsonNode replicas : k.list("replicas")) {
            applyReplicas(k, replicas, resources);
        }
        for (JsonNode image : k.list("images")) {
            applyImage(k, image, resources);
        }
        return resources;
    }

    private static void addAll(List<ObjectNode> into, List<ObjectNode> more, String origin) {
        for (ObjectNode r : more) {
            ResourceId id = ResourceId.of(r);
            if (id.kind().isEmpty() || id.name().isEmpty() || r.path("apiVersion").asText().isEmpty()) {
                throw new KustomizeException(origin + ": a resource without apiVersion, kind or metadata.name: " + r);
            }
            for (ObjectNode existing : into) {
                ResourceId other = ResourceId.of(existing);
                if (other.group().equals(id.group()) && other.kind().equals(id.kind())
                        && other.name().equals(id.name()) && java.util.Objects.equals(other.namespace(), id.namespace())) {
                    throw new KustomizeException(origin + ": " + id + " is defined twice");
                }
            }
            into.add(r);
        }
    }

    private static List<ObjectNode> generateConfigMaps(Kustomization k) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode globalOptions = k.spec().path("generatorOptions");
        checkFields(k, globalOptions, "generatorOptions", Set.of("labels", "annotations", "disableNameSuffixHash"));
        for (JsonNode gen : k.list("configMapGenerator")) {
            checkFields(k, gen, "configMapGenerator", Set.of("name", "namespace", "files", "literals", "options", "behavior"));
            JsonNode options = gen.path("options");
            checkFields(k, options, "configMapGenerator options", Set.of("labels", "annotations", "disableNameSuffixHash"));
            if (!gen.path("behavior").asText("create").equals("create")) {
                throw new KustomizeException(k.dir() + ": configMapGenerator behavior other than create is not supported");
            }
            boolean noHash = options.path("disableNameSuffixHash").asBoolean(globalOptions.path("disableNameSuffixHash").asBoolean(false));
            if (!noHash) {
                throw new KustomizeException(k.dir() + ": configMapGenerator " + gen.path("name").asText()
                        + " needs disableNameSuffixHash: true (the name hash suffix is not implemented)");
            }
            ObjectNode cm = JsonNodeFactory.instance.objectNode();
            cm.put("apiVersion", "v1");
            cm.put("kind", "ConfigMap");
            ObjectNode meta = cm.putObject("metadata");
            meta.put("name", gen.path("name").asText());
            if (gen.path("namespace").isTextual()) {
                meta.put("namespace", gen.get("namespace").asText());
            }
            mergeStrings(meta, "labels", globalOptions.path("labels"));
            mergeStrings(meta, "labels", options.path("labels"));
            mergeStrings(meta, "annotations", globalOptions.path("annotations"));
            mergeStrings(meta, "annotations", options.path("annotations"));
            ObjectNode data = cm.putObject("data");
            for (String lit : k.strings(gen.path("literals"), "literals")) {
                int eq = lit.indexOf('=');
                if (eq <= 0) {
                    throw new KustomizeException(k.dir() + ": literal without key=value: " + lit);
                }
                data.put(lit.substring(0, eq), lit.substring(eq + 1));
            }
            for (String file : k.strings(gen.path("files"), "files")) {
                int eq = file.indexOf('=');
                String key = eq > 0 ? file.substring(0, eq) : Path.of(file).getFileName().toString();
                Path p = k.dir().resolve(eq > 0 ? file.substring(eq + 1) : file).normalize();
                try {
                    data.put(key, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException("configMapGenerator file " + p, e);
                }
            }
            out.add(cm);
        }
        return out;
    }

    private static void applyPatches(Kustomization k, List<ObjectNode> resources) {
        for (JsonNode patch : k.list("patches")) {
            checkFields(k, patch, "patches", Set.of("path"));
            if (!patch.path("path").isTextual()) {
                throw new KustomizeException(k.dir() + ": only patches with a 'path' to a strategic-merge patch are supported");
            }
            Path file = k.dir().resolve(patch.get("path").asText()).normalize();
            for (ObjectNode p : Yaml.readAll(file)) {
                ResourceId want = ResourceId.of(p);
                List<ObjectNode> hits = resources.stream().filter(r -> want.matches(ResourceId.of(r))).toList();
                if (hits.size() != 1) {
                    throw new KustomizeException(file + ": patch target " + want + " matches " + hits.size()
                            + " resources (must be exactly one)");
                }
                ObjectNode body = p.deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                ObjectNode meta = (ObjectNode) body.path("metadata");
                meta.remove("name");
                meta.remove("namespace");
                if (meta.isEmpty()) {
                    body.remove("metadata");
                }
                StrategicMerge.apply(hits.get(0), body);
            }
        }
    }

    private static void setNamespace(ObjectNode r, String ns) {
        if (CLUSTER_SCOPED.contains(r.path("kind").asText())) {
            return;
        }
        ((ObjectNode) r.get("metadata")).put("namespace", ns);
    }

    private static void applyLabels(Kustomization k, JsonNode spec, List<ObjectNode> resources) {
        checkFields(k, spec, "labels", Set.of("pairs", "includeSelectors", "includeTemplates"));
        if (spec.path("includeSelectors").asBoolean(false)) {
            throw new KustomizeException(k.dir() + ": labels with includeSelectors: true are not supported");
        }
        boolean templates = spec.path("includeTemplates").asBoolean(false);
        for (ObjectNode r : resources) {
            mergeStrings((ObjectNode) r.get("metadata"), "labels", spec.path("pairs"));
            if (templates && WORKLOADS_WITH_TEMPLATE.contains(r.path("kind").asText())
                    && r.path("spec").path("template").isObject()) {
                ObjectNode template = (ObjectNode) r.get("spec").get("template");
                ObjectNode meta = template.has("metadata") ? (ObjectNode) template.get("metadata") : template.putObject("metadata");
                mergeStrings(meta, "labels", spec.path("pairs"));
            }
        }
    }

    private static void applyReplicas(Kustomization k, JsonNode spec, List<ObjectNode> resources) {
        checkFields(k, spec, "replicas", Set.of("name", "count"));
        String name = spec.path("name").asText();
        if (!spec.path("count").canConvertToInt()) {
            throw new KustomizeException(k.dir() + ": replicas " + name + " needs an integer count");
        }
        int hits = 0;
        for (ObjectNode r : resources) {
            if (WORKLOADS_WITH_REPLICAS.contains(r.path("kind").asText())
                    && r.path("metadata").path("name").asText().equals(name)) {
                ObjectNode s = r.has("spec") ? (ObjectNode) r.get("spec") : r.putObject("spec");
                s.put("replicas", spec.get("count").asInt());
                hits++;
            }
        }
        if (hits == 0) {
            throw new KustomizeException(k.dir() + ": replicas: no workload named " + name);
        }
    }

    private static void applyImage(Kustomization k, JsonNode spec, List<ObjectNode> resources) {
        checkFields(k, spec, "images", Set.of("name", "newName", "newTag", "digest"));
        for (ObjectNode r : resources) {
            rewriteImages(r, spec);
        }
    }

    private static void rewriteImages(JsonNode node, JsonNode spec) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.isObject() && c.path("image").isTextual()) {
                            ((ObjectNode) c).put("image", newImage(c.get("image").asText(), spec));
                        }
                    }
                } else {
                    rewriteImages(e.getValue(), spec);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode e : (ArrayNode) node) {
                rewriteImages(e, spec);
            }
        }
    }

    /** name[:tag][@digest] with the name matched exactly, as Kustomize's image transformer does. */
    static String newImage(String image, JsonNode spec) {
        String name = image;
        String suffix = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            suffix = name.substring(at);
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            suffix = name.substring(colon) + suffix;
            name = name.substring(0, colon);
        }
        if (!name.equals(spec.path("name").asText())) {
            return image;
        }
        String newName = spec.path("newName").asText(name);
        if (spec.path("digest").isTextual()) {
            return newName + "@" + spec.get("digest").asText();
        }
        if (spec.path("newTag").isTextual() || spec.path("newTag").isNumber()) {
            return newName + ":" + spec.get("newTag").asText();
        }
        return newName + suffix;
    }

    private static void mergeStrings(ObjectNode meta, String field, JsonNode pairs) {
        if (pairs.isMissingNode() || pairs.isNull()) {
            return;
        }
        if (!pairs.isObject()) {
            throw new KustomizeException(field + " must be a map of strings: " + pairs);
        }
        ObjectNode target = meta.has(field) ? (ObjectNode) meta.get(field) : meta.putObject(field);
        pairs.fields().forEachRemaining(e -> target.put(e.getKey(), e.getValue().asText()));
    }

    private static void checkFields(Kustomization k, JsonNode node, String where, Set<String> allowed) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw new KustomizeException(k.dir() + ": " + where + " entries must be maps");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new KustomizeException(k.dir() + ": " + where + "." + f + " is not implemented by this renderer");
            }
        });
    }
}
