package io.nianbao.k8s.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.Paths;
import io.nianbao.k8s.kustomize.Renderer;
import io.nianbao.k8s.kustomize.Yaml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case takes a valid rendered manifest, breaks it the way a typo would, and expects the validator to
 * name the problem. The unbroken manifest is checked to be valid first, so a case cannot pass because the
 * manifest was invalid anyway.
 */
class ManifestValidatorTest {

    private static ManifestValidator validator;
    private static List<ObjectNode> production;

    @BeforeAll
    static void render() {
        validator = new ManifestValidator(new SchemaCatalog(Paths.schemas()));
        production = Renderer.render(Paths.overlay("production"));
    }

    private static ObjectNode find(String kind, String name) {
        return production.stream()
                .filter(r -> r.path("kind").asText().equals(kind) && r.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name)).deepCopy();
    }

    private static List<String> broken(String kind, String name, Consumer<ObjectNode> typo) {
        ObjectNode m = find(kind, name);
        assertThat(validator.validate(m)).as("the unbroken " + kind + " " + name).isEmpty();
        typo.accept(m);
        return validator.validate(m);
    }

    private static ObjectNode at(JsonNode n, String pointer) {
        return (ObjectNode) n.at(pointer);
    }

    @Test
    void misspeltDeploymentFieldFails() {
        List<String> problems = broken("Deployment", "store-service", d -> {
            at(d, "/spec").set("replica", at(d, "/spec").remove("replicas"));
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Deployment nianbao/store-service:").contains("replica"));
    }

    @Test
    void misspeltFieldDeepInAContainerFails() {
        List<String> problems = broken("Deployment", "parse-service", d -> {
            ObjectNode c = at(d, "/spec/template/spec/containers/0");
            c.set("readinessProbes", c.remove("readinessProbe"));
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("readinessProbes"));
    }

    @Test
    void wrongTypeFails() {
        List<String> problems = broken("Service", "ingest-service", s -> at(s, "/spec/ports/0").put("port", "eighty"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("port"));
    }

    @Test
    void misspeltFieldOfAStrimziResourceFails() {
        List<String> problems = broken("KafkaTopic", "reports.raw", t -> at(t, "/spec").set("partiton", at(t, "/spec").remove("partitions")));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("KafkaTopic nianbao/reports.raw:").contains("partiton"));
    }

    @Test
    void misspeltFieldDeepInTheKafkaClusterFails() {
        List<String> problems = broken("Kafka", "nianbao", k -> at(k, "/spec/kafka/listeners/0").put("typ", "internal"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("typ"));
    }

    @Test
    void numberWhereTheCrdWantsAStringFails() {
        // KEDA trigger metadata is a map of strings: an unquoted 20 is an integer
        List<String> problems = broken("ScaledObject", "parse-service", s -> at(s, "/spec/triggers/0/metadata").put("lagThreshold", 20));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("lagThreshold"));
    }

    @Test
    void missingRequiredFieldFails() {
        List<String> problems = broken("ScaledObject", "parse-service", s -> at(s, "/spec").remove("scaleTargetRef"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("scaleTargetRef"));
    }

    @Test
    void misspeltFieldOfTheDatabaseClusterFails() {
        List<String> problems = broken("Cluster", "nianbao-postgres", c -> at(c, "/spec").set("instance", at(c, "/spec").remove("instances")));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("instance"));
    }

    @Test
    void misspeltServiceMonitorEndpointFieldFails() {
        List<String> problems = broken("ServiceMonitor", "nianbao-services", s -> at(s, "/spec/endpoints/0").put("paht", "/q/metrics"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("paht"));
    }

    @Test
    void misspeltMetadataFieldFailsAlsoOnCustomResources() {
        List<String> problems = broken("KafkaNodePool", "dual-role", n -> at(n, "/metadata").set("label", at(n, "/metadata").remove("labels")));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("metadata").contains("label"));
    }

    @Test
    void aKindWithoutASchemaFails() {
        ObjectNode m = find("ConfigMap", "nianbao-config");
        m.put("kind", "ConfigMapp");
        assertThat(validator.validate(m)).anySatisfy(p -> assertThat(p).contains("no schema for v1 ConfigMapp"));
    }

    @Test
    void aMissingNamespaceFails() {
        ObjectNode m = find("Secret", "nianbao-db");
        at(m, "/metadata").remove("namespace");
        assertThat(validator.validate(m)).anySatisfy(p -> assertThat(p).contains("metadata.namespace is required"));
    }

    @Test
    void aHandWrittenManifestWithATypoFails() {
        List<ObjectNode> docs = Yaml.readAll("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: demo
                  namespace: nianbao
                spec:
                  selector:
                    matchLabels: {app: demo}
                  template:
                    metadata:
                      labels: {app: demo}
                    spec:
                      containers:
                        - name: demo
                          image: demo:1
                          resources:
                            limit:
                              memory: 256Mi
                """, "inline");
        assertThat(validator.validate(docs)).singleElement().satisfies(p -> assertThat(p).contains("limit"));
        ObjectNode fixed = docs.get(0);
        ObjectNode res = at(fixed, "/spec/template/spec/containers/0/resources");
        res.set("limits", res.remove("limit"));
        assertThat(validator.validate(fixed)).isEmpty();
    }
}
