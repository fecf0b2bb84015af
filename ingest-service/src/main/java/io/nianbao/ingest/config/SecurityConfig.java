package io.nianbao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * Settings under {@code nianbao.security.*} (the same names in store-service).
 * {@code api-keys}: comma-separated keys that may write (env {@code NIANBAO_SECURITY_API_KEYS}); none = every
 * write is refused. {@code protect-reads}: reads need a key too.
 */
@ConfigMapping(prefix = "nianbao.security")
public interface SecurityConfig {
    Optional<List<String>> apiKeys();

    @WithDefault("false")
    boolean protectReads();
}
