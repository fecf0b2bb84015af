package io.nianbao.k8s.kustomize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategicMergeTest {

    private static ObjectNode yaml(String text) {
        return Yaml.readAll(text, "test").get(0);
    }

    private static ObjectNode deployment() {
        return yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: a
                          image: a:1
                          env: [{name: X, value: "1"}, {name: Y, value: "2"}]
                          args: [--one, --two]
                        - name: b
                          image: b:1
                """);
    }

    @Test
    void mapsMergeAndScalarsAreReplaced() {
        ObjectNode d = deployment();
        StrategicMerge.apply(d, yaml("spec: {replicas: 3, strategy: {type: Recreate}}"));
        assertThat(d.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(d.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
        assertThat(d.at("/spec/template/spec/containers").size()).isEqualTo(2);
    }

    @Test
    void containersMergeByNameAndEnvByName() {
        ObjectNode d = deployment();
        StrategicMerge.apply(d, yaml("""
                spec:
                  template:
                    spec:
                      containers:
                        - name: b
                          image: b:2
                          env: [{name: Z, value: "3"}]
                        - name: a
                          env: [{name: Y, value: "two"}]
                """));
        assertThat(d.at("/spec/template/spec/containers").size()).isEqualTo(2);
        assertThat(d.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("a:1");
        assertThat(d.at("/spec/template/spec/containers/0/env").toString())
                .isEqualTo("[{\"name\":\"X\",\"value\":\"1\"},{\"name\":\"Y\",\"value\":\"two\"}]");
        assertThat(d.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("b:2");
        assertThat(d.at("/spec/template/spec/containers/1/env/0/name").asText()).isEqualTo("Z");
    }

    @Test
    void listsWithoutAMergeKeyAreReplaced() {
        ObjectNode d = deployment();
        StrategicMerge.apply(d, yaml("spec: {template: {spec: {containers: [{name: a, args: [--three]}]}}}"));
        assertThat(d.at("/spec/template/spec/containers/0/args").toString()).isEqualTo("[\"--three\"]");
    }

    @Test
    void nullRemovesAKey() {
        ObjectNode d = deployment();
        StrategicMerge.apply(d, yaml("spec: {replicas: null}"));
        assertThat(d.at("/spec").has("replicas")).isFalse();
    }

    @Test
    void listsInCustomResourcesAreReplacedWhole() {
        ObjectNode pool = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaNodePool
                metadata: {name: p}
                spec:
                  roles: [controller, broker]
                  storage: {type: jbod, volumes: [{id: 0, size: 1Gi}, {id: 1, size: 1Gi}]}
                """);
        StrategicMerge.apply(pool, yaml("spec: {storage: {volumes: [{id: 0, size: 9Gi}]}}"));
        assertThat(pool.at("/spec/storage/volumes").toString()).isEqualTo("[{\"id\":0,\"size\":\"9Gi\"}]");
        assertThat(pool.at("/spec/storage/type").asText()).isEqualTo("jbod");
    }

    @Test
    void directivesAreRefused() {
        assertThatThrownBy(() -> StrategicMerge.apply(deployment(), yaml("spec: {$patch: replace}")))
                .isInstanceOf(KustomizeException.class).hasMessageContaining("$patch");
    }
}
