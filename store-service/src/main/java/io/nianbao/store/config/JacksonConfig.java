package io.nianbao.store.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.nianbao.contract.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The contract's JSON settings for the REST layer too (plain BigDecimals, ISO dates), and numbers without the
 * database's trailing zeros: a cell stored as numeric(20,4) 7.0000 is served as 7.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
        mapper.registerModule(new SimpleModule("nianbao-store-numbers").addSerializer(BigDecimal.class, new Plain()));
    }

    static final class Plain extends StdSerializer<BigDecimal> {
        Plain() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }
}
