package io.nianbao.parse.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDeliveriesTest {

    @Test
    void anExactDeliveryIsClaimedOnceAndOtherMetadataIsANewDelivery() {
        RecentDeliveries recent = new RecentDeliveries(10);
        String a = RecentDeliveries.key("id1", "r.html", "2026-01-01T00:00:00Z");
        String b = RecentDeliveries.key("id1", "r.html", "2026-01-02T00:00:00Z");
        assertThat(recent.tryClaim(a)).isTrue();
        assertThat(recent.tryClaim(a)).isFalse();
        assertThat(recent.tryClaim(b)).isTrue();
        recent.release(b);
        assertThat(recent.tryClaim(b)).isTrue();
        assertThat(RecentDeliveries.key("id", null, "x")).isNotEqualTo(RecentDeliveries.key("id", "x", null));
    }

    @Test
    void boundedLeastRecentlyUsedFirstOut() {
        RecentDeliveries recent = new RecentDeliveries(2);
        recent.add("a");
        recent.add("b");
        assertThat(recent.contains("a")).isTrue(); // a is now the most recently used
        recent.add("c");
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.contains("b")).isFalse();
        assertThat(recent.contains("a")).isTrue();
        assertThat(recent.contains("c")).isTrue();
    }
}
