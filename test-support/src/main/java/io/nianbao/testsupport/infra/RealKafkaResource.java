package io.nianbao.testsupport.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker (see {@link SharedInfra} for which one) and points every
 * SmallRye Kafka channel at it. The broker is shared by all tests of the JVM and stopped when it exits.
 */
public class RealKafkaResource implements QuarkusTestResourceLifecycleManager {
    public static String bootstrapServers() {
        return SharedInfra.kafkaBootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared per JVM: stopped by a shutdown hook
    }
}
