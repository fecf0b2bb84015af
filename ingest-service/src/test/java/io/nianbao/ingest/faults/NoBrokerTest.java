package io.nianbao.ingest.faults;

import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.Auth;
import io.nianbao.ingest.support.Multipart;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * No broker reachable (kafka.bootstrap.servers = a closed port): a request's own faults are still answered for
 * what they are, never "unavailable"; a valid document is a 503 with Retry-After once the publish timeout passes.
 * Small limits (64 KiB per document, 256 KiB per request) so that "too large" needs no megabytes. Reads are
 * protected in this profile ({@code nianbao.security.protect-reads=true}).
 */
@QuarkusTest
@TestProfile(NoBrokerTest.NoBroker.class)
class NoBrokerTest {
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_REQUEST = 256 * 1024;

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1",
                    "nianbao.ingest.max-bytes", String.valueOf(MAX_BYTES),
                    "quarkus.http.limits.max-body-size", "256K",
                    "nianbao.ingest.publish-timeout", "2s",
                    "nianbao.ingest.index-wait", "500ms",
                    "nianbao.ingest.inbox.dir", "target/no-broker-inbox",
                    // one profile less to start: reads protected here (they need no broker either)
                    "nianbao.security.protect-reads", "true");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true; // no RealKafkaResource: nothing to connect to
        }
    }

    @TestHTTPResource("/api/documents")
    URI documents;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void apiKey() {
        Auth.withKey();
    }

    @Test
    void emptyBodyIs400() {
        given().contentType("text/html").body(new byte[0]).when().post("/api/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:empty")).body("status", equalTo(400));
    }

    @Test
    void executablesAndImagesAre415() {
        given().contentType("application/pdf").body(Samples.windowsExe()).queryParam("fileName", "report.pdf")
                .when().post("/api/documents").then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:executable"));
        given().contentType("application/octet-stream").body(Samples.elf()).when().post("/api/documents")
                .then().statusCode(415).body("type", equalTo("urn:nianbao:ingest:executable"));
        given().contentType("image/png").body(Samples.png()).when().post("/api/documents")
                .then().statusCode(415).body("type", equalTo("urn:nianbao:ingest:image-needs-ocr"));
    }

    @Test
    void aStreamedBodyAboveTheLimitIs413WithProblemJson() throws Exception {
        byte[] big = filled(MAX_BYTES * 4);
        // no Content-Length (chunked): stopped by our bounded reader at max-bytes
        HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(30)).header(Auth.HEADER, Auth.KEY)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(streamed, String.valueOf(MAX_BYTES));
    }

    @Test
    void aDeclaredLengthAboveTheLimitIs413WithProblemJson() throws Exception {
        // Content-Length above max-bytes (raw) and above max-body-size (multipart): refused before the body
        HttpResponse<String> raw = http.send(HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(30)).header(Auth.HEADER, Auth.KEY)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(filled(MAX_BYTES + 1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTooLarge(raw, String.valueOf(MAX_BYTES));
        byte[] multipart = new Multipart().file("file", "big.txt", "text/plain", filled(MAX_REQUEST + 10)).build();
        assertTooLarge(Multipart.post(documents, multipart), "max-body-size");
        // ... and without a key too: the size is the request's own fault, checked first
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(30)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(filled(MAX_REQUEST + 10))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(anonymous, String.valueOf(MAX_BYTES));
    }

    @Test
    void aStreamedMultipartAboveTheRequestLimitIs413WithProblemJson() throws Exception {
        // no Content-Length (chunked) and above max-body-size: the framework's body reader stops it, and the answer
        // is problem JSON like the declared-length case (issue 12), not an empty 413
        byte[] multipart = new Multipart().file("file", "big.txt", "text/plain", filled(MAX_REQUEST * 2)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(30)).header(Auth.HEADER, Auth.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(multipart))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.request().headers().firstValue("Content-Length")).isEmpty();
        assertTooLarge(r, "max-body-size");
    }

    @Test
    void aSmallStreamedMultipartIsJudgedByItsContent() throws Exception {
        byte[] small = new Multipart().file("file", "scan.png", "image/png", Samples.png()).build();
        HttpResponse<String> image = http.send(HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(30)).header(Auth.HEADER, Auth.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(image.statusCode()).as(image.body()).isEqualTo(415);
        assertThat(new JsonPath(image.body()).getString("results[0].refused")).isEqualTo("image-needs-ocr");
    }

    @Test
    void malformedMultipartIs400() {
        byte[] unterminated = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.html\"\r\n\r\n<html>unterminated").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = Multipart.post(documents, unterminated);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(new JsonPath(r.body()).getString("type")).isEqualTo("urn:nianbao:ingest:malformed-multipart");
    }

    @Test
    void ssrfAttemptsAreRefused() {
        given().contentType("application/json")
                .body("{\"urls\":[\"http://127.0.0.1:8081/\",\"http://10.1.2.3/\",\"http://169.254.169.254/latest/meta-data/\","
                        + "\"http://[::1]/\",\"http://localhost/\"]}")
                .when().post("/api/fetch")
                .then().statusCode(403).contentType("application/problem+json")
                .body("results.size()", equalTo(5))
                .body("results.refused", everyItem(equalTo("address-blocked")))
                .body("results[0].detail", containsString("loopback address 127.0.0.1"))
                .body("results[1].detail", containsString("private address 10.1.2.3"))
                .body("results[2].detail", containsString("link-local address 169.254.169.254"))
                .body("results[3].detail", containsString("loopback"))
                .body("results[4].detail", containsString("localhost resolves to loopback"));
    }

    @Test
    void aValidDocumentIs503WithRetryAfterWhenThePublishTimesOut() {
        given().contentType("text/html").body(Samples.html("no broker")).when().post("/api/documents")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:nianbao:ingest:unavailable"))
                .body("detail", containsString("did not acknowledge within 2 s"))
                .body("documentId", notNullValue());
    }

    @Test
    void protectedReadsNeedTheKey() {
        Auth.none();
        String unknown = io.nianbao.contract.DocumentIds.of("never sent".getBytes(StandardCharsets.UTF_8));
        given().when().get("/api/documents/" + unknown).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:unauthorized"))
                .header("WWW-Authenticate", containsString("X-API-Key"));
        given().header(Auth.HEADER, "wrong").when().get("/api/documents/" + unknown).then().statusCode(401)
                .contentType("application/problem+json");
        given().header(Auth.HEADER, Auth.KEY).when().get("/api/documents/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static void assertTooLarge(HttpResponse<String> r, String detailPart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonPath json = new JsonPath(r.body());
        assertThat(json.getString("type")).isEqualTo("urn:nianbao:ingest:too-large");
        assertThat(json.getInt("status")).isEqualTo(413);
        assertThat(json.getString("detail")).contains(detailPart);
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }
}
