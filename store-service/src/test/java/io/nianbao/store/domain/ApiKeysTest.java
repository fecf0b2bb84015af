package io.nianbao.store.domain;

import io.nianbao.store.security.ApiKeyAuthenticationMechanism;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void aConfiguredKeyMatchesAndIsNamedByItsFingerprint() {
        ApiKeys keys = ApiKeys.of(List.of(" alpha-key ", "", "beta-key"));
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.match("alpha-key")).get().asString().startsWith("api-key-").doesNotContain("alpha");
        assertThat(keys.match("beta-key")).isPresent();
        assertThat(keys.match("alpha-key")).isNotEqualTo(keys.match("beta-key"));
        assertThat(keys.match("gamma-key")).isEmpty();
        assertThat(keys.match(null)).isEmpty();
        assertThat(keys.match(" ")).isEmpty();
    }

    @Test
    void noKeyConfiguredMatchesNothing() {
        // fail closed: without configuration no presented key is accepted
        ApiKeys none = ApiKeys.of(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.match("")).isEmpty();
        assertThat(none.match("anything")).isEmpty();
        assertThat(ApiKeys.of(null).isEmpty()).isTrue();
    }

    @Test
    void theKeyComesFromXApiKeyOrABearerToken() {
        assertThat(ApiKeyAuthenticationMechanism.presentedKey("k1", null)).isEqualTo("k1");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "Bearer k2")).isEqualTo("k2");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "bearer  k3 ")).isEqualTo("k3");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey("k1", "Bearer k2")).isEqualTo("k1");
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(null, "Basic dXNlcjpwdw==")).isNull();
        assertThat(ApiKeyAuthenticationMechanism.presentedKey(" ", "Bearer ")).isNull();
    }
}
