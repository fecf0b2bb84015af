package io.nianbao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.k8s.kustomize.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered manifests against what the services themselves say: their ports, the topics and consumer
 * groups in their application.properties, the metrics their code registers; and the shape each overlay
 * promises (one node locally; three Kafka nodes, three database instances, spread replicas in production).
 */
class DeploymentFactsTest {

    static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "store-service");

    private static final Map<String, List<ObjectNode>> RENDERED = new HashMap<>();
    private static final Map<String, Properties> PROPS = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (String o : List.of("local", "production")) {
            RENDERED.put(o, Renderer.render(Paths.overlay(o)));
        }
        for (String s : SERVICES) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Paths.repo().resolve(s).resolve("src/main/resources/application.properties"))) {
                p.load(r);
            }
            PROPS.put(s, p);
        }
    }

    private static List<ObjectNode> all(String overlay, String kind) {
        return RENDERED.get(overlay).stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static ObjectNode one(String overlay, String kind, String name) {
        List<ObjectNode> hits = all(overlay, kind).stream().filter(r -> r.at("/metadata/name").asText().equals(name)).toList();
        assertThat(hits).as(kind + " " + name + " in " + overlay).hasSize(1);
        return hits.get(0);
    }

    private static JsonNode container(ObjectNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    /** 256Mi, 1Gi, 500M ... in bytes. */
    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?").matcher(quantity);
        assertThat(m.matches()).as("quantity " + quantity).isTrue();
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return n * switch (unit) {
            case "Ki" -> 1024L;
            case "Mi" -> 1024L * 1024;
            case "Gi" -> 1024L * 1024 * 1024;
            case "K" -> 1000L;
            case "M" -> 1000L * 1000;
            case "G" -> 1000L * 1000 * 1000;
            default -> 1L;
        };
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        var it = matchLabels.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return matchLabels.size() > 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachServiceRunsOnItsOwnPortWithProbesLimitsAndABudget(String overlay) {
        for (String s : SERVICES) {
            ObjectNode d = one(overlay, "Deployment", s);
            JsonNode c = container(d);
            int port = Integer.parseInt(PROPS.get(s).getProperty("quarkus.http.port"));
            assertThat(c.at("/ports/0/containerPort").asInt()).as(s + " port").isEqualTo(port);
            assertThat(c.at("/ports/0/name").asText()).isEqualTo("http");
            assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(c.at("/livenessProbe/httpGet/port").asText()).isEqualTo("http");
            assertThat(c.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
            assertThat(c.at("/image").asText()).endsWith("nianbao/" + s + ":" + ImagesTest.projectVersion());

            long limit = bytes(c.at("/resources/limits/memory").asText());
            assertThat(limit).as(s + " memory limit").isBetween(bytes("256Mi"), bytes("384Mi"));
            assertThat(bytes(c.at("/resources/requests/memory").asText())).as(s + " memory request = limit").isEqualTo(limit);
            assertThat(c.at("/resources/requests/cpu").isMissingNode()).isFalse();
            assertThat(c.at("/env").findValuesAsText("value")).anySatisfy(v -> assertThat(v).contains("-XX:MaxRAMPercentage="));
            assertThat(c.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("nianbao-config");

            JsonNode podLabels = d.at("/spec/template/metadata/labels");
            assertThat(selects(d.at("/spec/selector/matchLabels"), podLabels)).isTrue();
            ObjectNode svc = one(overlay, "Service", s);
            assertThat(selects(svc.at("/spec/selector"), podLabels)).as(s + " Service selects its pods").isTrue();
            assertThat(svc.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
            ObjectNode pdb = one(overlay, "PodDisruptionBudget", s);
            assertThat(selects(pdb.at("/spec/selector/matchLabels"), podLabels)).as(s + " PDB selects its pods").isTrue();
            assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyTopicTheServicesUseIsCreatedWithItsPartitions(String overlay) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (ObjectNode t : all(overlay, "KafkaTopic")) {
            topics.put(t.at("/spec/topicName").asText(), t);
            assertThat(t.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(one(overlay, "Kafka", "nianbao").at("/metadata/name").asText());
        }
        Set<String> used = new TreeSet<>();
        PROPS.values().forEach(p -> p.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%") && (k.endsWith(".topic") || k.endsWith(".dead-letter-queue.topic")))
                .forEach(k -> used.add(p.getProperty(k))));
        assertThat(used).contains("reports.raw", "reports.parsed", "reports.validated", "reports.changes",
                "reports.parse.dlq", "reports.validate.dlq", "reports.store.dlq");
        assertThat(topics.keySet()).containsAll(used).contains("reports.raw.keys");
        for (String pipeline : List.of("reports.raw", "reports.parsed", "reports.validated", "reports.changes", "reports.raw.keys")) {
            assertThat(topics.get(pipeline).at("/spec/partitions").asInt()).as(pipeline).isEqualTo(12);
        }
        assertThat(topics.get("reports.raw").at("/spec/config/max.message.bytes").asText()).isEqualTo(String.valueOf(20 * 1024 * 1024));
        assertThat(topics.get("reports.raw.keys").at("/spec/config/cleanup.policy").asText()).isEqualTo("compact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void kedaScalesParseOnItsConsumerGroupsLagUpToThePartitions(String overlay) {
        ObjectNode so = one(overlay, "ScaledObject", "parse-service");
        assertThat(so.at("/spec/scaleTargetRef/name").asText()).isEqualTo("parse-service");
        assertThat(so.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(one(overlay, "Deployment", "parse-service").at("/spec").has("replicas"))
                .as("KEDA owns parse-service's replica count").isFalse();
        JsonNode trigger = so.at("/spec/triggers/0");
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        Properties parse = PROPS.get("parse-service");
        String topic = parse.getProperty("mp.messaging.incoming.reports-raw.topic");
        String group = parse.getProperty("mp.messaging.incoming.reports-raw.group.id", parse.getProperty("quarkus.application.name"));
        assertThat(trigger.at("/metadata/topic").asText()).isEqualTo(topic).isEqualTo("reports.raw");
        assertThat(trigger.at("/metadata/consumerGroup").asText()).isEqualTo(group).isEqualTo("parse-service");
        assertThat(trigger.at("/metadata/bootstrapServers").asText())
                .isEqualTo(one(overlay, "ConfigMap", "nianbao-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asText());
        int partitions = all(overlay, "KafkaTopic").stream().filter(t -> t.at("/spec/topicName").asText().equals(topic))
                .findFirst().orElseThrow().at("/spec/partitions").asInt();
        assertThat(so.at("/spec/minReplicaCount").asInt()).isEqualTo(1);
        if (overlay.equals("production")) {
            assertThat(so.at("/spec/maxReplicaCount").asInt()).isEqualTo(partitions);
        } else {
            assertThat(so.at("/spec/maxReplicaCount").asInt()).isBetween(1, partitions);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void configPointsAtTheKafkaAndDatabaseTheOperatorsCreate(String overlay) {
        JsonNode cfg = one(overlay, "ConfigMap", "nianbao-config").path("data");
        String kafka = one(overlay, "Kafka", "nianbao").at("/metadata/name").asText();
        int listenerPort = one(overlay, "Kafka", "nianbao").at("/spec/kafka/listeners/0/port").asInt();
        // Strimzi names the bootstrap Service <cluster>-kafka-bootstrap
        assertThat(cfg.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo(kafka + "-kafka-bootstrap:" + listenerPort);
        ObjectNode pg = all(overlay, "Cluster").get(0);
        // CloudNativePG names the primary's Service <cluster>-rw
        assertThat(cfg.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://"
                + pg.at("/metadata/name").asText() + "-rw:5432/" + pg.at("/spec/bootstrap/initdb/database").asText());
        String dbSecret = pg.at("/spec/bootstrap/initdb/secret/name").asText();
        ObjectNode secret = one(overlay, "Secret", dbSecret);
        assertThat(secret.path("type").asText()).isEqualTo("kubernetes.io/basic-auth");
        assertThat(secret.at("/stringData/username").asText()).isEqualTo(pg.at("/spec/bootstrap/initdb/owner").asText());
        JsonNode storeEnv = container(one(overlay, "Deployment", "store-service")).path("env");
        assertThat(storeEnv.findValues("secretKeyRef")).extracting(r -> r.path("name").asText()).containsOnly(dbSecret);
        assertThat(storeEnv.findValues("secretKeyRef")).extracting(r -> r.path("key").asText()).containsExactlyInAnyOrder("username", "password");
        assertThat(cfg.path("NIANBAO_INGEST_STORE_URL").asText()).isEqualTo("http://" + one(overlay, "Service", "store-service").at("/metadata/name").asText());

        assertThat(one(overlay, "Secret", "nianbao-api-keys").at("/stringData/NIANBAO_SECURITY_API_KEYS").isTextual()).isTrue();
        for (String s : List.of("ingest-service", "store-service")) {
            assertThat(container(one(overlay, "Deployment", s)).path("envFrom").findValuesAsText("name")).as(s).contains("nianbao-api-keys");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void prometheusScrapesTheFourServicesAndTheKafkaExporter(String overlay) {
        ObjectNode sm = one(overlay, "ServiceMonitor", "nianbao-services");
        JsonNode expr = sm.at("/spec/selector/matchExpressions/0");
        assertThat(expr.path("key").asText()).isEqualTo("app.kubernetes.io/name");
        List<String> selected = new ArrayList<>();
        expr.path("values").forEach(v -> selected.add(v.asText()));
        assertThat(selected).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String s : SERVICES) {
            ObjectNode svc = one(overlay, "Service", s);
            assertThat(svc.at("/metadata/labels/app.kubernetes.io~1name").asText()).isEqualTo(s);
            assertThat(svc.at("/spec/ports/0/name").asText()).isEqualTo(sm.at("/spec/endpoints/0/port").asText());
        }
        assertThat(sm.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(one(overlay, "Kafka", "nianbao").at("/spec").has("kafkaExporter")).isTrue();
        assertThat(one(overlay, "PodMonitor", "nianbao-kafka-exporter").at("/spec/selector/matchLabels/strimzi.io~1name").asText())
                .isEqualTo("nianbao-kafka-exporter");
    }

    @Test
    void theDashboardUsesOnlyMetricsThatExist() throws IOException {
        ObjectNode cm = one("production", "ConfigMap", "nianbao-grafana-dashboard");
        assertThat(cm.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dash = new ObjectMapper().readTree(cm.at("/data/nianbao-pipeline.json").asText());
        List<String> titles = new ArrayList<>();
        List<String> exprs = new ArrayList<>();
        dash.path("panels").forEach(p -> {
            titles.add(p.path("title").asText());
            p.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
        });
        assertThat(titles).anySatisfy(t -> assertThat(t).containsIgnoringCase("lag"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("documents per second"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("findings by rule"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("dead letters"));

        Set<String> counters = registeredCounters();
        Set<String> exporter = Set.of("kafka_consumergroup_lag", "kafka_topic_partition_current_offset");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\b((?:nianbao|kafka)_[a-z0-9_]+)\\b").matcher(String.join("\n", exprs));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).contains("kafka_consumergroup_lag", "nianbao_validate_findings_total");
        for (String metric : used) {
            if (metric.startsWith("kafka_")) {
                assertThat(exporter).as("a Kafka Exporter metric").contains(metric);
            } else {
                assertThat(metric).endsWith("_total");
                String name = metric.substring(0, metric.length() - "_total".length());
                assertThat(counters).as("a counter the services register").contains(name);
            }
        }
        assertThat(exprs).anySatisfy(e -> assertThat(e).contains("consumergroup=~\"parse-service|validate-service|store-service\""));
    }

    /** Micrometer counter names in the services' code, as Prometheus spells them (dots to underscores). */
    private static Set<String> registeredCounters() throws IOException {
        Set<String> names = new HashSet<>();
        Pattern counter = Pattern.compile("(?:\\.counter|Counter\\.builder)\\(\\s*\"(nianbao\\.[a-z0-9_.]+)\"");
        for (String s : SERVICES) {
            try (Stream<Path> files = Files.walk(Paths.repo().resolve(s).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = counter.matcher(Files.readString(f));
                    while (m.find()) {
                        names.add(m.group(1).replace('.', '_'));
                    }
                }
            }
        }
        assertThat(names).contains("nianbao_ingest_documents_accepted", "nianbao_parse_documents", "nianbao_validate_findings");
        return names;
    }

    @Test
    void localIsOneNodeOfEverything() {
        for (String s : SERVICES) {
            assertThat(one("local", "Deployment", s).at("/spec/replicas").asInt(1)).as(s).isEqualTo(1);
        }
        assertThat(all("local", "KafkaNodePool").stream().mapToInt(p -> p.at("/spec/replicas").asInt()).sum()).isEqualTo(1);
        JsonNode kafkaConfig = one("local", "Kafka", "nianbao").at("/spec/kafka/config");
        assertThat(kafkaConfig.path("default.replication.factor").asInt()).isEqualTo(1);
        assertThat(kafkaConfig.path("min.insync.replicas").asInt()).isEqualTo(1);
        assertThat(kafkaConfig.path("offsets.topic.replication.factor").asInt()).isEqualTo(1);
        ObjectNode pg = one("local", "Cluster", "nianbao-postgres");
        assertThat(pg.at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(pg.at("/spec/enablePDB").asBoolean(true)).as("a single-instance budget would block drains").isFalse();
    }

    @Test
    void productionHasThreeKafkaNodesHaDatabaseAndSpreadReplicas() {
        List<ObjectNode> pools = all("production", "KafkaNodePool");
        assertThat(pools.stream().filter(p -> p.at("/spec/roles").toString().contains("broker"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum()).isEqualTo(3);
        assertThat(pools.stream().filter(p -> p.at("/spec/roles").toString().contains("controller"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum()).isEqualTo(3);
        pools.forEach(p -> assertThat(p.at("/spec/template/pod/affinity/podAntiAffinity").isObject()).isTrue());
        JsonNode kafkaConfig = one("production", "Kafka", "nianbao").at("/spec/kafka/config");
        assertThat(kafkaConfig.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(kafkaConfig.path("min.insync.replicas").asInt()).isEqualTo(2);

        ObjectNode pg = one("production", "Cluster", "nianbao-postgres");
        assertThat(pg.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(pg.at("/spec/affinity/enablePodAntiAffinity").asBoolean()).isTrue();
        assertThat(bytes(pg.at("/spec/resources/limits/memory").asText()))
                .isGreaterThan(bytes(one("local", "Cluster", "nianbao-postgres").at("/spec/resources/limits/memory").asText()));
        assertThat(bytes(pg.at("/spec/storage/size").asText()))
                .isGreaterThan(bytes(one("local", "Cluster", "nianbao-postgres").at("/spec/storage/size").asText()));

        for (String s : SERVICES) {
            ObjectNode d = one("production", "Deployment", s);
            assertThat(d.at("/spec/template/spec/affinity/podAntiAffinity").isObject()).as(s).isTrue();
            if (!s.equals("parse-service")) {
                assertThat(d.at("/spec/replicas").asInt()).as(s).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
