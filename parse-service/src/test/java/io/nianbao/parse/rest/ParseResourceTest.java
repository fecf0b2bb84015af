package io.nianbao.parse.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.InMemoryChannels;
import io.nianbao.parse.Samples;
import io.nianbao.parse.extract.TestDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
class ParseResourceTest {

    @Test
    void theFiveSamplesGiveTitleYearAndTemplate() {
        for (Path sample : Samples.files()) {
            byte[] bytes = Samples.bytes(sample);
            Response response = given().contentType("text/plain; charset=utf-8").body(bytes)
                    .queryParam("fileName", sample.getFileName().toString())
                    .post("/api/parse");
            assertThat(response.statusCode()).as(sample.toString()).isEqualTo(200);
            ReportRecord record = Json.read(response.asByteArray(), ReportRecord.class);
            JsonNode truth = Samples.truth(sample).get("report");
            System.out.printf("[rest] %s -> title=%s year=%s template=%s notes=%d%n", sample.getFileName(),
                    record.report.title, record.report.reportYear, record.report.template, record.parseNotes.size());
            assertThat(record.documentId).isEqualTo(DocumentIds.of(bytes));
            assertThat(record.source.fileName).isEqualTo(sample.getFileName().toString());
            assertThat(record.source.mediaType).isEqualTo("text/plain");
            assertThat(record.source.sizeBytes).isEqualTo(bytes.length);
            assertThat(record.source.channel).isEqualTo("http");
            assertThat(record.parserVersion).isNotBlank();
            if (record.report.title != null) {
                // the truth files give no title; a title found must at least be the report of its year
                assertThat(record.report.title).as(sample + " title").contains(truth.get("reportYear").asText());
            }
            assertThat(record.report.reportYear).as(sample + " year").isEqualTo(truth.get("reportYear").asInt());
            assertThat(record.report.template).as(sample + " template").isEqualTo(truth.get("template").asText());
        }
    }

    @Test
    void withoutContentTypeTheTypeIsDetected() {
        String html = "<html><body><p>某区人社局2021年政府信息公开工作年度报告</p></body></html>";
        given().body(html.getBytes(StandardCharsets.UTF_8)).post("/api/parse")
                .then().statusCode(200).body("source.mediaType", equalTo("text/html"));
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        given().contentType("application/octet-stream").body(new byte[0]).post("/api/parse")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("status", equalTo(400)).body("type", containsString("empty")).body("title", equalTo("Empty document"));
        given().contentType("image/png").body(TestDocuments.png()).queryParam("fileName", "scan.png").post("/api/parse")
                .then().statusCode(415).contentType(containsString("application/problem+json"))
                .body("status", equalTo(415)).body("detail", containsString("image/png")).body("reason", equalTo("UNSUPPORTED_TYPE"));
        given().contentType("application/zip").body(TestDocuments.zip()).post("/api/parse")
                .then().statusCode(415).body("reason", equalTo("UNSUPPORTED_TYPE"));
        given().contentType("application/pdf").body("%PDF-1.7\n1 0 obj broken".getBytes(StandardCharsets.US_ASCII))
                .post("/api/parse")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("status", equalTo(422)).body("reason", equalTo("CORRUPT")).body("detail", containsString("PDF"));
        given().contentType("text/plain").body(new byte[20 * 1024 * 1024 + 1]).post("/api/parse")
                .then().statusCode(413).body("status", equalTo(413)).body("reason", equalTo("TOO_LARGE"));
    }

    @Test
    void openApiDocumentsTheEndpoint() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/parse"));
    }
}
