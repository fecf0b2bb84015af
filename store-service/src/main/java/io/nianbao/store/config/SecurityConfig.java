package io.nianbao.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * {@code nianbao.security.*}, the same names as ingest-service's. {@code api-keys}: comma-separated keys
 * (env {@code NIANBAO_SECURITY_API_KEYS}) that may call the write endpoints (role admin); none = every write is
 * refused. {@code protect-reads}: reads (GET /api/**, pages, /q/* but health) need a key too.
 */
@ConfigMapping(prefix = "nianbao.security")
public interface SecurityConfig {
    Optional<List<String>> apiKeys();

    @WithDefault("false")
    boolean protectReads();
}
