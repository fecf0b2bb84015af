package io.nianbao.parse;

import io.nianbao.parse.messaging.Channels;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.util.HashMap;
import java.util.Map;

/** Puts the Kafka channels on the in-memory connector, for tests that do not need a broker. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> props = new HashMap<>();
        props.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(Channels.RAW_IN));
        props.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.PARSED_OUT));
        return props;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
