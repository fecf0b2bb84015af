package io.nianbao.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A real single-node Kafka broker in KRaft mode (broker + controller), run as its own JVM from the
 * Maven Central jars listed in the resource {@code nianbao-kafka.classpath} (written at build time).
 */
public final class LocalKafka implements AutoCloseable {
    /** Topic size limit: matches ingest-service's default document limit plus headers. */
    public static final int MAX_MESSAGE_BYTES = 20 * 1024 * 1024;

    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public LocalKafka(Path workDir, int port) {
        this.workDir = workDir.toAbsolutePath();
        this.port = port == 0 ? Proc.freePort() : port;
        int c;
        do {
            c = Proc.freePort();
        } while (c == this.port);
        this.controllerPort = c;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return workDir.resolve("kafka.log");
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public LocalKafka start() {
        try {
            Files.createDirectories(workDir);
            Path data = workDir.resolve("data");
            Path props = workDir.resolve("server.properties");
            Files.writeString(props, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + data,
                    "num.partitions=3",
                    "auto.create.topics.enable=true",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "message.max.bytes=" + MAX_MESSAGE_BYTES,
                    "replica.fetch.max.bytes=" + MAX_MESSAGE_BYTES,
                    "log.retention.hours=168",
                    ""), StandardCharsets.UTF_8);
            Path log4j = workDir.resolve("log4j2.properties");
            Files.writeString(log4j, String.join("\n",
                    "appender.console.type=Console",
                    "appender.console.name=STDOUT",
                    "appender.console.layout.type=PatternLayout",
                    "appender.console.layout.pattern=[%d] %p %m (%c)%n",
                    "rootLogger.level=INFO",
                    "rootLogger.appenderRef.stdout.ref=STDOUT",
                    "logger.kafka.name=kafka",
                    "logger.kafka.level=WARN",
                    "logger.server.name=kafka.server.KafkaRaftServer",
                    "logger.server.level=INFO",
                    "logger.org.name=org.apache.kafka",
                    "logger.org.level=WARN",
                    ""), StandardCharsets.UTF_8);
            String cp = classpath();
            if (!Files.exists(data.resolve("meta.properties"))) {
                Proc.run(Duration.ofSeconds(60), List.of(Proc.javaBin(), "-Xmx256m", "-cp", cp,
                        "-Dlog4j2.configurationFile=" + log4j, "kafka.tools.StorageTool", "format",
                        "-t", clusterId(), "-c", props.toString(), "--ignore-formatted"));
            }
            Files.deleteIfExists(log());
            // C1 only, as the services (LocalPipeline.serviceJvm): five JVMs share the machine's cores
            process = Proc.start(List.of(Proc.javaBin(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dlog4j2.configurationFile=" + log4j, "-Dkafka.logs.dir=" + workDir,
                    "-cp", cp, "kafka.Kafka", props.toString()), log(), workDir.toFile());
            Proc.waitFor("Kafka broker on " + bootstrapServers(), Duration.ofSeconds(90),
                    () -> Proc.portOpen(port) && logSays("Kafka Server started"), process, log());
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka in " + workDir + ": " + e.getMessage(), e);
        }
    }

    private boolean logSays(String text) {
        try {
            return Files.exists(log()) && Files.readString(log(), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    static String classpath() {
        try (InputStream in = LocalKafka.class.getResourceAsStream("/nianbao-kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("nianbao-kafka.classpath missing: build deploy/local-infra with Maven first");
            }
            String cp = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : cp.split(java.io.File.pathSeparator)) {
                if (!Files.exists(Path.of(jar))) {
                    throw new IllegalStateException("Kafka broker jar missing: " + jar
                            + " (run ./mvnw -pl deploy/local-infra install to fetch it)");
                }
            }
            return cp;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clusterId() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        b[0] &= 0x3f; // Kafka avoids ids that start with '-'
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            Proc.stop(process.toHandle(), Duration.ofSeconds(15));
        }
    }
}
