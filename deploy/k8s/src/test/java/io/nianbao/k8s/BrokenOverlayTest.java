package io.nianbao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import io.nianbao.k8s.validate.ManifestValidator;
import io.nianbao.k8s.validate.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way a typo reaches a cluster: an overlay on our base whose patch misspells a field. Kustomize renders
 * it without complaint (a strategic merge patch adds whatever it is given); the validation must not.
 */
class BrokenOverlayTest {

    @TempDir
    Path dir;

    private List<String> problemsOf(String patch) throws IOException {
        Path overlay = dir.resolve("overlay");
        Files.createDirectories(overlay);
        String base = overlay.relativize(Paths.k8s().resolve("base")).toString();
        String postgres = overlay.relativize(Paths.k8s().resolve("postgres")).toString();
        Files.writeString(overlay.resolve("kustomization.yaml"),
                "resources:\n  - " + base + "\n  - " + postgres + "\npatches:\n  - path: typo.yaml\n");
        Files.writeString(overlay.resolve("typo.yaml"), patch);
        List<ObjectNode> manifests = Renderer.render(overlay);
        return new ManifestValidator(new SchemaCatalog(Paths.schemas())).validate(manifests);
    }

    @Test
    void theSameOverlayWithoutTheTypoIsValid() throws IOException {
        assertThat(problemsOf("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: validate-service}
                spec: {replicas: 2}
                """)).isEmpty();
    }

    @Test
    void aMisspeltDeploymentFieldInAPatchFails() throws IOException {
        assertThat(problemsOf("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: validate-service}
                spec: {replicaCount: 2}
                """)).singleElement().satisfies(p -> assertThat(p)
                .startsWith("Deployment nianbao/validate-service:").contains("replicaCount"));
    }

    @Test
    void aMisspeltTopicConfigFieldInAPatchFails() throws IOException {
        assertThat(problemsOf("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: reports.raw}
                spec: {partitons: 24}
                """)).singleElement().satisfies(p -> assertThat(p)
                .startsWith("KafkaTopic nianbao/reports.raw:").contains("partitons"));
    }

    @Test
    void aStringWhereTheDatabaseWantsANumberFails() throws IOException {
        assertThat(problemsOf("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: nianbao-postgres}
                spec: {instances: "3"}
                """)).singleElement().satisfies(p -> assertThat(p).contains("instances"));
    }
}
