package io.nianbao.parse.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.contract.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** REST and Kafka share the contract's JSON settings. */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
