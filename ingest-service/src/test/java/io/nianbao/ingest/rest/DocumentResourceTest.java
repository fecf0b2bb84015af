package io.nianbao.ingest.rest;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.RawHeaders;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.nianbao.ingest.support.Multipart;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class DocumentResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void apiKey() {
        io.nianbao.ingest.support.Auth.withKey();
    }
    @TestHTTPResource("/api/documents")
    URI documents;

    private static String marker() {
        return UUID.randomUUID().toString();
    }

    @Test
    void rawBodyIsPublishedOnceWithKeyHeadersAndCloudEvent() {
        byte[] html = Samples.html(marker());
        String id = DocumentIds.of(html);

        given().contentType("text/html; charset=UTF-8").body(html)
                .queryParam("fileName", "琅琊区人社局2021年报.html")
                .queryParam("sourceUrl", "http://www.lyq.gov.cn/a/2022.html")
                .queryParam("agency", "琅琊区人社局")
                .when().post("/api/documents")
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .body("documentId", equalTo(id))
                .body("duplicate", is(false))
                .body("mediaType", equalTo("text/html"))
                .body("follow", equalTo("/api/documents/" + id))
                .body("store", equalTo("http://127.0.0.1:8084/api/reports/" + id));

        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKeys(List.of(id));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> r = records.get(0);
        assertThat(r.value()).isEqualTo(html);
        assertThat(RawTopic.header(r, RawHeaders.DOCUMENT_ID)).isEqualTo(id);
        assertThat(RawTopic.header(r, RawHeaders.FILE_NAME)).isEqualTo("琅琊区人社局2021年报.html");
        assertThat(RawTopic.header(r, RawHeaders.MEDIA_TYPE)).isEqualTo("text/html");
        assertThat(RawTopic.header(r, RawHeaders.CLAIMED_MEDIA_TYPE)).isEqualTo("text/html; charset=UTF-8");
        assertThat(RawTopic.header(r, RawHeaders.SOURCE_URL)).isEqualTo("http://www.lyq.gov.cn/a/2022.html");
        assertThat(RawTopic.header(r, RawHeaders.HINT_AGENCY)).isEqualTo("琅琊区人社局");
        assertThat(RawTopic.header(r, RawHeaders.CHANNEL)).isEqualTo("http");
        assertThat(RawTopic.header(r, RawHeaders.RECEIVED_AT)).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(RawTopic.header(r, "ce_id")).isEqualTo(id);
        assertThat(RawTopic.header(r, "ce_type")).isEqualTo(CloudEventTypes.RAW);
        assertThat(RawTopic.header(r, "ce_source")).isEqualTo(CloudEventTypes.SOURCE_INGEST);
        assertThat(RawTopic.header(r, "content-type")).isEqualTo("text/html");

        // the same bytes again: recognised, nothing published (publishing is acknowledged before answering,
        // so a second record would already be on the topic)
        given().contentType("text/html").body(html).when().post("/api/documents")
                .then().statusCode(200).body("documentId", equalTo(id)).body("duplicate", is(true));
        assertThat(RawTopic.count(id)).isEqualTo(1);

        given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("received", is(true)).body("store", equalTo("http://127.0.0.1:8084/api/reports/" + id));
    }

    @Test
    void otherAcceptedKindsAreDetectedFromTheBytesNotTheClaim() {
        byte[] docx = Samples.docx(marker());
        given().contentType("application/octet-stream").body(docx).queryParam("fileName", "report.bin")
                .when().post("/api/documents").then().statusCode(202)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        byte[] md = Samples.text("# " + marker());
        given().contentType("text/plain").body(md).queryParam("fileName", "report.md")
                .when().post("/api/documents").then().statusCode(202).body("mediaType", equalTo("text/markdown"));
        given().contentType("application/pdf").body(Samples.ofd(marker()))
                .when().post("/api/documents").then().statusCode(202).body("mediaType", equalTo("application/ofd"));
        given().body(Samples.text(marker())).when().post("/api/documents").then().statusCode(202)
                .body("mediaType", equalTo("text/plain"));
    }

    @Test
    void refusalsAreProblemJsonWithStatusAndReason() {
        given().contentType("text/html").body(new byte[0]).when().post("/api/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:empty")).body("title", equalTo("Empty document"))
                .body("status", equalTo(400)).body("detail", containsString("empty"));

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").body(big).when().post("/api/documents")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:too-large")).body("status", equalTo(413))
                .body("detail", containsString("1048576"));

        given().contentType("image/png").body(Samples.png()).when().post("/api/documents")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:image-needs-ocr"))
                .body("detail", containsString("images without a text layer need OCR, which is not configured"));
        given().contentType("application/pdf").body(Samples.windowsExe()).queryParam("fileName", "report.pdf")
                .when().post("/api/documents").then().statusCode(415)
                .body("type", equalTo("urn:nianbao:ingest:executable")).body("fileName", equalTo("report.pdf"));
        given().contentType("application/zip").body(Samples.plainZip()).when().post("/api/documents")
                .then().statusCode(415).body("type", equalTo("urn:nianbao:ingest:archive"));
        given().contentType("application/vnd.ms-excel").body(Samples.xlsx()).when().post("/api/documents")
                .then().statusCode(415).body("type", equalTo("urn:nianbao:ingest:not-a-document"));

        given().contentType("text/html").body(Samples.html(marker())).queryParam("wait", "soon")
                .when().post("/api/documents").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("wait"));
        given().when().get("/api/documents/not-an-id").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/documents/" + DocumentIds.of(marker().getBytes())).then().statusCode(404)
                .contentType("application/problem+json");

        assertThat(RawTopic.withKeys(List.of(DocumentIds.of(Samples.png()), DocumentIds.of(Samples.windowsExe()),
                DocumentIds.of(Samples.plainZip())))).as("nothing refused reaches the topic").isEmpty();
    }

    @Test
    void waitAnswers202WithWhereToLookWhenNoPipelineRuns() {
        byte[] html = Samples.html(marker());
        String id = DocumentIds.of(html);
        given().contentType("text/html").body(html).queryParam("wait", 1)
                .when().post("/api/documents").then().statusCode(202)
                .body("documentId", equalTo(id)).body("duplicate", is(false))
                .body("message", startsWith("Not ready yet: no validated record within 1 s"))
                .body("message", containsString("/api/reports/" + id));
        assertThat(RawTopic.count(id)).isEqualTo(1);
    }

    @Test
    void multipartBatchAnswersPerFile() {
        byte[] html = Samples.html(marker());
        byte[] docx = Samples.docx(marker());
        String htmlId = DocumentIds.of(html);
        String docxId = DocumentIds.of(docx);
        byte[] body = new Multipart()
                .file("file", "一.html", "text/html", html)
                .file("file", "二.docx", "application/octet-stream", docx)
                .file("file", "scan.png", "image/png", Samples.png())
                .field("note", "a form field is not a file")
                .file("again", "copy.html", "text/html", html)
                .build();
        HttpResponse<String> resp = Multipart.post(URI.create(documents + "?agency="
                + URLEncoder.encode("相山区人力资源和社会保障局", StandardCharsets.UTF_8)), body);
        assertThat(resp.statusCode()).isEqualTo(202);
        JsonPath json = new JsonPath(resp.body());
        assertThat(json.getInt("accepted")).isEqualTo(2);
        assertThat(json.getInt("duplicates")).isEqualTo(1);
        assertThat(json.getInt("refused")).isEqualTo(1);
        List<Map<String, Object>> results = json.getList("results");
        assertThat(results).extracting(m -> m.get("fileName")).containsExactlyInAnyOrder("一.html", "二.docx", "scan.png", "copy.html");
        Map<String, Object> png = results.stream().filter(m -> "scan.png".equals(m.get("fileName"))).findFirst().orElseThrow();
        assertThat(png).containsEntry("status", 415).containsEntry("refused", "image-needs-ocr");
        assertThat((String) png.get("detail")).contains("OCR");
        assertThat(results.stream().filter(m -> Boolean.TRUE.equals(m.get("duplicate"))).toList()).hasSize(1);

        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKeys(List.of(htmlId, docxId));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(htmlId, docxId);
        assertThat(records).allSatisfy(r -> {
            assertThat(RawTopic.header(r, RawHeaders.CHANNEL)).isEqualTo("multipart");
            assertThat(RawTopic.header(r, RawHeaders.HINT_AGENCY)).isEqualTo("相山区人力资源和社会保障局");
        });
        assertThat(records.stream().filter(r -> r.key().equals(docxId)).findFirst().map(r -> RawTopic.header(r, RawHeaders.FILE_NAME)))
                .hasValue("二.docx");
    }

    @Test
    void multipartWithEveryFileRefusedIsA4xxProblem() {
        given().multiPart("file", "a.png", Samples.png(), "image/png")
                .multiPart("file", "b.jpg", Samples.jpeg(), "image/jpeg")
                .when().post("/api/documents")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:all-refused"))
                .body("results.size()", equalTo(2)).body("results[0].refused", equalTo("image-needs-ocr"));
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        given().multiPart("file", "a.png", Samples.png(), "image/png")
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .multiPart("file", "big.txt", tooLarge, "text/plain")
                .when().post("/api/documents")
                .then().statusCode(422).contentType("application/problem+json").body("results.size()", equalTo(3))
                .body("results[0].status", equalTo(415))
                .body("results[1].refused", equalTo("empty")).body("results[1].status", equalTo(400))
                .body("results[2].refused", equalTo("too-large")).body("results[2].status", equalTo(413));
        given().multiPart("note", "just a field").when().post("/api/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nianbao:ingest:no-files"));
    }

    @Test
    void malformedMultipartIsA400Problem() {
        byte[] unterminated = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.html\"\r\n\r\n<html>unterminated").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = Multipart.post(documents, unterminated);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> noBoundary = Multipart.post(documents, "multipart/form-data", "garbage".getBytes(StandardCharsets.UTF_8));
        assertThat(noBoundary.statusCode()).isEqualTo(400);
        assertThat(noBoundary.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void metricsHealthAndOpenApiAreServed() {
        given().contentType("text/html").body(Samples.html(marker())).when().post("/api/documents").then().statusCode(202);
        given().contentType("image/png").body(Samples.png()).when().post("/api/documents").then().statusCode(415);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("nianbao_ingest_documents_accepted_total{channel=\"http\"")
                .contains("nianbao_ingest_documents_refused_total{channel=\"http\",reason=\"image-needs-ocr\"")
                .contains("nianbao_ingest_bytes");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/fetch"));
    }
}
