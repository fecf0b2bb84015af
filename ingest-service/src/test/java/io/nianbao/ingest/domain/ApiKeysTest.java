package io.nianbao.ingest.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {
    @Test
    void matchesOnlyAConfiguredKeyAndNamesItByFingerprint() {
        ApiKeys keys = ApiKeys.parse(" alpha-key-1 , ,beta-key-2");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.match("alpha-key-1")).hasValue(ApiKeys.fingerprintOf("alpha-key-1"));
        assertThat(keys.match(" beta-key-2 ")).hasValue(ApiKeys.fingerprintOf("beta-key-2"));
        assertThat(keys.match("alpha-key-")).isEmpty();
        assertThat(keys.match("ALPHA-KEY-1")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.match(null)).isEmpty();
        assertThat(ApiKeys.fingerprintOf("alpha-key-1")).matches("key-[0-9a-f]{8}").doesNotContain("alpha");
    }

    @Test
    void noKeysMatchesNothing() {
        assertThat(ApiKeys.parse(null).isEmpty()).isTrue();
        assertThat(ApiKeys.of(List.of("", "  ")).isEmpty()).isTrue();
        assertThat(ApiKeys.parse("").match("anything")).isEmpty();
    }
}
