package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The admin endpoints need the API key of nianbao.security.api-keys (test-admin-key under %test); reads are open. */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class SecurityTest {
    static final String NOBODY = "测试没有这个机关" + System.nanoTime();

    @Test
    void revalidateWithoutAKeyIs401ProblemJson() {
        given().queryParam("agency", NOBODY).post("/api/admin/revalidate").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401)).body("detail", containsString("X-API-Key"));
    }

    @Test
    void aWrongKeyIs401Too() {
        given().header("X-API-Key", "not-the-key").queryParam("agency", NOBODY).post("/api/admin/revalidate").then()
                .statusCode(401).contentType("application/problem+json").body("detail", containsString("not valid"));
        given().header("Authorization", "Bearer not-the-key").queryParam("agency", NOBODY).post("/api/admin/revalidate")
                .then().statusCode(401);
    }

    @Test
    void theKeyInEitherHeaderIsAccepted() {
        given().header("X-API-Key", "test-admin-key").queryParam("agency", NOBODY).post("/api/admin/revalidate").then()
                .statusCode(200).body("republished", equalTo(0));
        given().header("Authorization", "Bearer test-admin-key").queryParam("agency", NOBODY).post("/api/admin/revalidate")
                .then().statusCode(200).body("republished", equalTo(0));
    }

    @Test
    void readsAreOpenByDefault() {
        given().get("/api/reports?size=1").then().statusCode(200);
        given().get("/api/schemas/change-event").then().statusCode(200);
        given().get("/index.html").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
