package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

/** What Kustomize identifies a resource by: API group, kind, name (and namespace, when set). */
public record ResourceId(String group, String kind, String name, String namespace) {

    public static ResourceId of(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText("");
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        JsonNode meta = resource.path("metadata");
        String ns = meta.path("namespace").isTextual() ? meta.path("namespace").asText() : null;
        return new ResourceId(group, resource.path("kind").asText(""), meta.path("name").asText(""), ns);
    }

    /** Same group, kind and name; a namespace given on either side must agree. */
    public boolean matches(ResourceId other) {
        return group.equals(other.group) && kind.equals(other.kind) && name.equals(other.name)
                && (namespace == null || other.namespace == null || namespace.equals(other.namespace));
    }

    @Override
    public String toString() {
        return (group.isEmpty() ? "" : group + "/") + kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
