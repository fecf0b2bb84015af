package io.nianbao.ingest.security;

import io.nianbao.ingest.config.SecurityConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity provider on its own: a configured key gives writer and reader; none configured = fail closed. */
class ApiKeyIdentityProviderTest {
    private static ApiKeyIdentityProvider provider(List<String> keys) {
        ApiKeyIdentityProvider p = new ApiKeyIdentityProvider();
        p.config = new SecurityConfig() {
            @Override
            public Optional<List<String>> apiKeys() {
                return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
            }

            @Override
            public boolean protectReads() {
                return false;
            }
        };
        return p;
    }

    @Test
    void aConfiguredKeyGivesTheRoles() {
        ApiKeyIdentityProvider p = provider(List.of("k-one", "k-two"));
        SecurityIdentity id = p.authenticate(new ApiKeyAuthenticationRequest("k-two"), null).await().indefinitely();
        assertThat(id.hasRole(Roles.WRITER)).isTrue();
        assertThat(id.hasRole(Roles.READER)).isTrue();
        assertThat(id.getPrincipal().getName()).startsWith("key-").doesNotContain("k-two");
        assertThatThrownBy(() -> p.authenticate(new ApiKeyAuthenticationRequest("k-three"), null).await().indefinitely())
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("not valid");
    }

    @Test
    void withNoKeyConfiguredEveryKeyIsRefusedAndTheAnswerSaysHowToSetOne() {
        ApiKeyIdentityProvider p = provider(List.of());
        assertThat(p.configured()).isFalse();
        assertThatThrownBy(() -> p.authenticate(new ApiKeyAuthenticationRequest("anything"), null).await().indefinitely())
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("NIANBAO_SECURITY_API_KEYS");
    }
}
