package io.nianbao.validate.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.contract.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The contract's JSON settings on the mapper Quarkus manages (REST and messaging). */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
