package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer on small kustomizations written for each case. */
class RendererTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void base() throws IOException {
        write("base/kustomization.yaml", """
                namespace: demo
                labels:
                  - pairs: {app.kubernetes.io/part-of: demo}
                    includeTemplates: true
                resources: [ns.yaml, app.yaml]
                configMapGenerator:
                  - name: dash
                    files: [board.json=files/board.json]
                    literals: [MODE=fast]
                    options:
                      disableNameSuffixHash: true
                      labels: {grafana_dashboard: "1"}
                """);
        write("base/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: demo}\n");
        write("base/files/board.json", "{\"title\": \"x\"}\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: app}}
                  template:
                    metadata: {labels: {app: app}}
                    spec:
                      containers: [{name: app, image: "example/app:1.0"}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                spec:
                  selector: {app: app}
                  ports: [{name: http, port: 80}]
                """);
    }

    private static ObjectNode find(List<ObjectNode> out, String kind, String name) {
        return out.stream().filter(r -> r.path("kind").asText().equals(kind) && r.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void baseGetsNamespaceLabelsAndGeneratedConfigMap() throws IOException {
        base();
        List<ObjectNode> out = Renderer.render(dir.resolve("base"));
        assertThat(out).extracting(r -> r.path("kind").asText()).containsExactly("Namespace", "ConfigMap", "Service", "Deployment");
        ObjectNode app = find(out, "Deployment", "app");
        assertThat(app.at("/metadata/namespace").asText()).isEqualTo("demo");
        assertThat(app.at("/metadata/labels/app.kubernetes.io~1part-of").asText()).isEqualTo("demo");
        assertThat(app.at("/spec/template/metadata/labels/app.kubernetes.io~1part-of").asText()).isEqualTo("demo");
        assertThat(app.at("/spec/selector/matchLabels").size()).as("selectors untouched").isEqualTo(1);
        assertThat(find(out, "Namespace", "demo").at("/metadata").has("namespace")).isFalse();
        ObjectNode cm = find(out, "ConfigMap", "dash");
        assertThat(cm.at("/data/board.json").asText()).isEqualTo("{\"title\": \"x\"}\n");
        assertThat(cm.at("/data/MODE").asText()).isEqualTo("fast");
        assertThat(cm.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(cm.at("/metadata/namespace").asText()).isEqualTo("demo");
    }

    @Test
    void overlayPatchesReplicasAndImages() throws IOException {
        base();
        write("prod/kustomization.yaml", """
                resources: [../base]
                patches:
                  - path: more.yaml
                replicas:
                  - {name: app, count: 4}
                images:
                  - {name: example/app, newName: registry.test/app, newTag: "2.0"}
                """);
        write("prod/more.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers: [{name: app, resources: {limits: {memory: 256Mi}}}]
                """);
        List<ObjectNode> out = Renderer.render(dir.resolve("prod"));
        ObjectNode app = find(out, "Deployment", "app");
        assertThat(app.at("/spec/replicas").asInt()).isEqualTo(4);
        assertThat(app.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.test/app:2.0");
        assertThat(app.at("/spec/template/spec/containers/0/resources/limits/memory").asText()).isEqualTo("256Mi");
        assertThat(app.at("/metadata/namespace").asText()).isEqualTo("demo");
    }

    @Test
    void imageNamesMatchExactly() {
        var spec = Yaml.readAll("{name: example/app, newTag: \"3\"}", "t").get(0);
        assertThat(Renderer.newImage("example/app:1.0", spec)).isEqualTo("example/app:3");
        assertThat(Renderer.newImage("example/app", spec)).isEqualTo("example/app:3");
        assertThat(Renderer.newImage("example/application:1.0", spec)).isEqualTo("example/application:1.0");
        assertThat(Renderer.newImage("localhost:5000/example/app:1", spec)).isEqualTo("localhost:5000/example/app:1");
    }

    @Test
    void aPatchThatMatchesNothingFails() throws IOException {
        base();
        write("bad/kustomization.yaml", "resources: [../base]\npatches:\n  - path: p.yaml\n");
        write("bad/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ap}\nspec: {replicas: 2}\n");
        assertThatThrownBy(() -> Renderer.render(dir.resolve("bad")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("Deployment ap").hasMessageContaining("matches 0");
    }

    @Test
    void anUnsupportedKustomizeFieldFails() throws IOException {
        base();
        write("bad/kustomization.yaml", "resources: [../base]\nnamePrefix: x-\n");
        assertThatThrownBy(() -> Renderer.render(dir.resolve("bad")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("namePrefix");
    }

    @Test
    void aResourceDefinedTwiceFails() throws IOException {
        base();
        write("bad/kustomization.yaml", "resources: [../base, again.yaml]\n");
        write("bad/again.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: app, namespace: demo}\n");
        assertThatThrownBy(() -> Renderer.render(dir.resolve("bad")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("defined twice");
    }

    @Test
    void replicasForAnUnknownWorkloadFail() throws IOException {
        base();
        write("bad/kustomization.yaml", "resources: [../base]\nreplicas: [{name: apps, count: 2}]\n");
        assertThatThrownBy(() -> Renderer.render(dir.resolve("bad")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("no workload named apps");
    }

    @Test
    void generatedNamesWithAHashAreRefused() throws IOException {
        write("gen/kustomization.yaml", "configMapGenerator:\n  - name: c\n    literals: [A=1]\n");
        assertThatThrownBy(() -> Renderer.render(dir.resolve("gen")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("disableNameSuffixHash");
    }

    @Test
    void outputKeepsStringsThatLookLikeNumbersQuoted() throws IOException {
        write("q/kustomization.yaml", "resources: [cm.yaml]\n");
        write("q/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {A: \"20971520\", B: \"true\", C: plain}\n");
        String text = Renderer.renderToYaml(dir.resolve("q"));
        ObjectNode back = Yaml.readAll(text, "out").get(0);
        assertThat(back.at("/data/A").isTextual()).isTrue();
        assertThat(back.at("/data/B").isTextual()).isTrue();
        assertThat(back.at("/data/A").asText()).isEqualTo("20971520");
    }
}
