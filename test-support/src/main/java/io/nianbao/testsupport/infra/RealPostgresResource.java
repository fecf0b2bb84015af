package io.nianbao.testsupport.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL (see {@link SharedInfra} for which one) as its default
 * datasource. Shared by all tests of the JVM and stopped when it exits; each test class that needs a clean
 * state deletes its own rows.
 */
public class RealPostgresResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedInfra.jdbcUrl(),
                "quarkus.datasource.username", SharedInfra.jdbcUser(),
                "quarkus.datasource.password", SharedInfra.jdbcPassword());
    }

    @Override
    public void stop() {
        // shared per JVM: stopped by a shutdown hook
    }
}
