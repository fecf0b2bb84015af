package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** nianbao.security.protect-reads=true: reads need the key too, health probes stay open. */
@QuarkusTest
@TestProfile(ProtectedReadsTest.Protected.class)
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class ProtectedReadsTest {
    public static class Protected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.security.protect-reads", "true");
        }
    }

    @Test
    void readsNeedTheKeyAndHealthDoesNot() {
        given().get("/api/reports?size=1").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key")).body("status", equalTo(401));
        given().header("X-API-Key", "wrong").get("/api/reports?size=1").then().statusCode(401);
        given().get("/index.html").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(401);
        given().header("X-API-Key", "test-admin-key").get("/api/reports?size=1").then().statusCode(200);
        given().header("Authorization", "Bearer test-admin-key").get("/index.html").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
