package io.nianbao.testsupport.infra;

import io.nianbao.localinfra.LocalKafka;
import io.nianbao.localinfra.LocalPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The real Kafka broker and PostgreSQL server the integration tests of one JVM share. Which ones:
 * <ol>
 * <li>servers already running, named by {@code NIANBAO_KAFKA_BOOTSTRAP} / {@code NIANBAO_JDBC_URL}
 *     (environment or system property), e.g. those of {@code deploy/local/infra.sh start};</li>
 * <li>Testcontainers, when a Docker engine answers (and {@code NIANBAO_TEST_INFRA} is not {@code local});</li>
 * <li>otherwise the local servers of deploy/local-infra: a KRaft broker in its own JVM and Debian's
 *     PostgreSQL, data under the module's {@code target/}, stopped when the JVM exits.</li>
 * </ol>
 * Quarkus gives each test profile a class loader of its own, so this class's statics exist once per
 * profile: what was started is published as JVM-wide system properties ({@code NIANBAO_KAFKA_BOOTSTRAP},
 * {@code NIANBAO_JDBC_URL}, ...), which every later class loader finds as "already running".
 */
public final class SharedInfra {
    private static String kafkaBootstrap;
    private static String jdbcUrl;
    private static String jdbcUser = LocalPostgres.USER;
    private static String jdbcPassword = "";
    private static Boolean docker;

    private SharedInfra() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            String external = setting("NIANBAO_KAFKA_BOOTSTRAP");
            if (external != null) {
                kafkaBootstrap = external;
            } else if (useDocker()) {
                KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
                kafka.start();
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "stop-kafka-container"));
                kafkaBootstrap = kafka.getBootstrapServers();
            } else {
                LocalKafka kafka = new LocalKafka(workDir("kafka"), 0).start();
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-local-kafka"));
                kafkaBootstrap = kafka.bootstrapServers();
            }
            System.setProperty("NIANBAO_KAFKA_BOOTSTRAP", kafkaBootstrap);
            System.out.println("[test-support] Kafka for tests: " + kafkaBootstrap);
        }
        return kafkaBootstrap;
    }

    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            String external = setting("NIANBAO_JDBC_URL");
            if (external != null) {
                jdbcUrl = external;
                jdbcUser = orDefault(setting("NIANBAO_JDBC_USER"), LocalPostgres.USER);
                jdbcPassword = orDefault(setting("NIANBAO_JDBC_PASSWORD"), "");
            } else if (useDocker()) {
                PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName(LocalPostgres.DATABASE);
                pg.start();
                Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "stop-postgres-container"));
                jdbcUrl = pg.getJdbcUrl();
                jdbcUser = pg.getUsername();
                jdbcPassword = pg.getPassword();
            } else {
                LocalPostgres pg = new LocalPostgres(workDir("postgres"), 0).start();
                Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "stop-local-postgres"));
                jdbcUrl = pg.jdbcUrl();
            }
            System.setProperty("NIANBAO_JDBC_URL", jdbcUrl);
            System.setProperty("NIANBAO_JDBC_USER", jdbcUser);
            System.setProperty("NIANBAO_JDBC_PASSWORD", jdbcPassword);
            System.out.println("[test-support] PostgreSQL for tests: " + jdbcUrl);
        }
        return jdbcUrl;
    }

    public static synchronized String jdbcUser() {
        jdbcUrl();
        return jdbcUser;
    }

    public static synchronized String jdbcPassword() {
        jdbcUrl();
        return jdbcPassword;
    }

    private static boolean useDocker() {
        if (docker == null) {
            String mode = orDefault(setting("NIANBAO_TEST_INFRA"), "auto").toLowerCase(Locale.ROOT);
            if (mode.equals("local")) {
                docker = false;
            } else if (mode.equals("testcontainers")) {
                docker = true;
            } else {
                boolean available;
                try {
                    available = DockerClientFactory.instance().isDockerAvailable();
                } catch (Throwable e) {
                    available = false;
                }
                docker = available;
            }
            System.out.println("[test-support] " + (docker ? "Docker engine found: Testcontainers" : "no Docker engine: local real servers"));
        }
        return docker;
    }

    private static Path workDir(String what) {
        return Path.of("target", "test-infra", what + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime())
                .toAbsolutePath();
    }

    private static String setting(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? null : v;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
