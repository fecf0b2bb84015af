package io.nianbao.ingest.security;

import io.nianbao.contract.DocumentIds;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.Auth;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Writes need a configured key (X-API-Key or Authorization: Bearer); without one, or with a key that is not
 * configured, 401 with problem JSON and a WWW-Authenticate challenge, and nothing is published. Reads are open.
 */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class ApiKeyAuthTest {
    @BeforeEach
    void noDefaultKey() {
        Auth.none();
    }

    @Test
    void aPostWithoutAKeyIs401AndPublishesNothing() {
        byte[] html = Samples.html(UUID.randomUUID().toString());
        given().contentType("text/html").body(html).when().post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("type", equalTo("urn:nianbao:ingest:unauthorized")).body("status", equalTo(401))
                .body("detail", containsString("X-API-Key"));
        given().multiPart("file", "a.html", html, "text/html").when().post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body("{\"urls\":[\"https://www.example.gov.cn/a.html\"]}")
                .when().post("/api/fetch").then().statusCode(401).contentType("application/problem+json");
        assertThat(RawTopic.count(DocumentIds.of(html))).isZero();
    }

    @Test
    void aWrongKeyIs401AndPublishesNothing() {
        byte[] html = Samples.html(UUID.randomUUID().toString());
        given().header(Auth.HEADER, "not-the-key").contentType("text/html").body(html).when().post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:unauthorized"))
                .body("detail", containsString("not valid"));
        given().header("Authorization", "Bearer " + Auth.KEY + "x").contentType("text/html").body(html)
                .when().post("/api/documents").then().statusCode(401);
        assertThat(RawTopic.count(DocumentIds.of(html))).isZero();
    }

    @Test
    void theConfiguredKeyInEitherHeaderIsAccepted() {
        byte[] a = Samples.html(UUID.randomUUID().toString());
        given().header(Auth.HEADER, Auth.KEY).contentType("text/html").body(a).when().post("/api/documents")
                .then().statusCode(202).body("documentId", equalTo(DocumentIds.of(a)));
        byte[] b = Samples.html(UUID.randomUUID().toString());
        given().header("Authorization", "Bearer " + Auth.KEY).contentType("text/html").body(b).when().post("/api/documents")
                .then().statusCode(202).body("documentId", equalTo(DocumentIds.of(b)));
        assertThat(RawTopic.count(DocumentIds.of(a))).isEqualTo(1);
        assertThat(RawTopic.count(DocumentIds.of(b))).isEqualTo(1);
        // reads are open (nianbao.security.protect-reads=false), with or without a key, even a wrong one
        given().when().get("/api/documents/" + DocumentIds.of(a)).then().statusCode(200).body("received", equalTo(true));
        given().header(Auth.HEADER, "wrong").when().get("/api/documents/" + DocumentIds.of(a)).then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
