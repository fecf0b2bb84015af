package io.nianbao.validate.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.util.HashMap;
import java.util.Map;

/** Puts the stage's channels on the in-memory connector (tests that need no broker). */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> props = new HashMap<>();
        props.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(Channels.PARSED_IN));
        props.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.VALIDATED_OUT));
        return props;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
