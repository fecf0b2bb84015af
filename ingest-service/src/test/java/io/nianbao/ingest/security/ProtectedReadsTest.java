package io.nianbao.ingest.security;

import io.nianbao.contract.DocumentIds;
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
import static org.hamcrest.Matchers.equalTo;

/** nianbao.security.protect-reads=true: GET /api/... needs the key as well; health and metrics stay open. */
@QuarkusTest
@TestProfile(ProtectedReadsTest.ProtectReads.class)
@QuarkusTestResource(RealKafkaResource.class)
class ProtectedReadsTest {
    public static class ProtectReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.security.protect-reads", "true");
        }
    }

    @BeforeEach
    void noDefaultKey() {
        Auth.none();
    }

    @Test
    void readsNeedTheKey() {
        String unknown = DocumentIds.of("never sent".getBytes());
        given().when().get("/api/documents/" + unknown).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:unauthorized"));
        given().header(Auth.HEADER, "wrong").when().get("/api/documents/" + unknown).then().statusCode(401)
                .contentType("application/problem+json");
        given().header(Auth.HEADER, Auth.KEY).when().get("/api/documents/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
