package io.nianbao.ingest.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresentedKeyTest {
    @Test
    void theKeyComesFromXApiKeyOrABearerToken() {
        assertThat(ApiKeyAuthenticationMechanism.presentedKey("k1", null)).isEqualTo("k1");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(" k1 ", "Bearer k2")).isEqualTo("k1");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "Bearer k2")).isEqualTo("k2");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "bearer  k2 ")).isEqualTo("k2");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey("", "Basic dXNlcjpwdw==")).isNull();
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "Bearer ")).isNull();
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, null)).isNull();
    }
}
