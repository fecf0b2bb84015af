package io.nianbao.ingest.security;

import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.Auth;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** No key configured: fail closed, every write is refused, and the answer says how to configure one. */
@QuarkusTest
@TestProfile(NoKeyConfiguredTest.NoKeys.class)
@QuarkusTestResource(RealKafkaResource.class)
class NoKeyConfiguredTest {
    public static class NoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.security.api-keys", "");
        }
    }

    @BeforeEach
    void noDefaultKey() {
        Auth.none();
    }

    @Test
    void everyWriteIsRefused() {
        given().contentType("text/html").body(Samples.html("fail closed")).when().post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("NIANBAO_SECURITY_API_KEYS"));
        given().header(Auth.HEADER, Auth.KEY).contentType("text/html").body(Samples.html("fail closed"))
                .when().post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("NIANBAO_SECURITY_API_KEYS"));
    }
}
