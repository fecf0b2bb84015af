package io.nianbao.ingest.rest;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.RawHeaders;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.LocalWebServer;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** fetch.allow-private=true so the service may reach the test's own local server. */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
@TestProfile(FetchHappyPathTest.AllowPrivate.class)
class FetchHappyPathTest {

    @org.junit.jupiter.api.BeforeEach
    void apiKey() {
        io.nianbao.ingest.support.Auth.withKey();
    }
    public static class AllowPrivate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.ingest.fetch.allow-private", "true", "nianbao.ingest.inbox.dir", "");
        }
    }

    @Test
    void fetchedDocumentsArePublishedOncePerDistinctDocument() throws Exception {
        byte[] html = Samples.html(UUID.randomUUID().toString());
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes();
        String htmlId = DocumentIds.of(html);
        String pdfId = DocumentIds.of(pdf);
        try (LocalWebServer web = new LocalWebServer()
                .document("/a/report.html", "text/html; charset=utf-8", html)
                .document("/b/年报.pdf", "application/pdf", pdf)
                .redirect("/short", "/a/report.html")
                .document("/scan.png", "image/png", Samples.png())
                .status("/gone", 404)) {
            given().contentType("application/json")
                    .body("{\"agency\":\"琅琊区人社局\",\"urls\":[\"" + web.url("/short") + "\",\"" + web.url("/b/%E5%B9%B4%E6%8A%A5.pdf")
                            + "\",\"" + web.url("/a/report.html") + "\",\"" + web.url("/scan.png") + "\",\"" + web.url("/gone") + "\"]}")
                    .when().post("/api/fetch")
                    .then().statusCode(202)
                    .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("refused", equalTo(2))
                    .body("results[0].documentId", equalTo(htmlId))
                    .body("results[0].finalUrl", equalTo(web.url("/a/report.html")))
                    .body("results[0].duplicate", is(false))
                    .body("results[1].documentId", equalTo(pdfId))
                    .body("results[1].mediaType", equalTo("application/pdf"))
                    .body("results[2].duplicate", is(true))
                    .body("results[3].refused", equalTo("image-needs-ocr"))
                    .body("results[4].refused", equalTo("fetch-failed"))
                    .body("results[4].detail", containsString("HTTP 404"));
        }
        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKeys(List.of(htmlId, pdfId));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(htmlId, pdfId);
        ConsumerRecord<String, byte[]> h = records.stream().filter(r -> r.key().equals(htmlId)).findFirst().orElseThrow();
        assertThat(RawTopic.header(h, RawHeaders.CHANNEL)).isEqualTo("fetch");
        assertThat(RawTopic.header(h, RawHeaders.SOURCE_URL)).endsWith("/a/report.html");
        assertThat(RawTopic.header(h, RawHeaders.CLAIMED_MEDIA_TYPE)).isEqualTo("text/html; charset=utf-8");
        assertThat(RawTopic.header(h, RawHeaders.HINT_AGENCY)).isEqualTo("琅琊区人社局");
        ConsumerRecord<String, byte[]> p = records.stream().filter(r -> r.key().equals(pdfId)).findFirst().orElseThrow();
        assertThat(RawTopic.header(p, RawHeaders.FILE_NAME)).isEqualTo("年报.pdf");
    }
}
