package io.nianbao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import io.nianbao.k8s.kustomize.Yaml;
import io.nianbao.k8s.validate.ManifestValidator;
import io.nianbao.k8s.validate.SchemaCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each overlay (also writing target/&lt;overlay&gt;.yaml, what render.sh writes) and validates every
 * rendered manifest against the vendored Kubernetes and CRD schemas.
 */
class OverlaysTest {

    private static final ManifestValidator VALIDATOR = new ManifestValidator(new SchemaCatalog(Paths.schemas()));

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyRenderedManifestIsValid(String overlay) throws IOException {
        List<ObjectNode> manifests = Renderer.render(Paths.overlay(overlay));
        String yaml = Yaml.writeAll(manifests);
        Path out = Paths.k8s().resolve("target").resolve(overlay + ".yaml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, yaml);

        assertThat(VALIDATOR.validate(manifests)).as("schema problems in " + overlay).isEmpty();
        assertThat(manifests.stream().map(m -> m.get("apiVersion").asText() + " " + m.get("kind").asText())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "v1 Namespace", "v1 ConfigMap", "v1 Secret", "v1 Service", "apps/v1 Deployment",
                "policy/v1 PodDisruptionBudget", "kafka.strimzi.io/v1beta2 Kafka",
                "kafka.strimzi.io/v1beta2 KafkaNodePool", "kafka.strimzi.io/v1beta2 KafkaTopic",
                "postgresql.cnpg.io/v1 Cluster", "keda.sh/v1alpha1 ScaledObject",
                "monitoring.coreos.com/v1 ServiceMonitor", "monitoring.coreos.com/v1 PodMonitor");
        // what is written is what was validated
        assertThat(Yaml.readAll(yaml, out.toString())).isEqualTo(manifests);
    }
}
