package io.nianbao.ingest.rest;

import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.LocalWebServer;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Default configuration (fetch.allow-private=false): internal destinations are refused, nothing is contacted. */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class FetchSsrfTest {

    @org.junit.jupiter.api.BeforeEach
    void apiKey() {
        io.nianbao.ingest.support.Auth.withKey();
    }

    @Test
    void internalAddressesAreRefusedWithTheReason() throws Exception {
        try (LocalWebServer web = new LocalWebServer().document("/report.html", "text/html", Samples.html("ssrf"))) {
            given().contentType("application/json")
                    .body("{\"urls\":[\"" + web.url("/report.html") + "\",\"http://169.254.169.254/latest/meta-data/\","
                            + "\"http://[::1]/\",\"http://10.0.0.1/\"]}")
                    .when().post("/api/fetch")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:nianbao:ingest:all-refused"))
                    .body("results.size()", equalTo(4))
                    .body("results[0].refused", equalTo("address-blocked"))
                    .body("results[0].detail", containsString("loopback address 127.0.0.1"))
                    .body("results[0].url", equalTo(web.url("/report.html")))
                    .body("results[1].detail", containsString("link-local address 169.254.169.254"))
                    .body("results[2].detail", containsString("loopback"))
                    .body("results[3].detail", containsString("private address 10.0.0.1"));
            assertThat(web.hits.get()).as("the local server was never contacted").isZero();
        }
    }

    @Test
    void nonHttpSchemesAndBadRequestsAreRefused() {
        given().contentType("application/json").body("{\"urls\":[\"file:///etc/passwd\",\"gopher://example.org/\"]}")
                .when().post("/api/fetch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("results[0].refused", equalTo("bad-url"))
                .body("results[0].detail", containsString("only http and https"));
        given().contentType("application/json").body("{\"urls\":[]}").when().post("/api/fetch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"urls\":" + List.of().toString() + "}").when().post("/api/fetch")
                .then().statusCode(400);
        given().contentType("application/json").body("not json").when().post("/api/fetch")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
