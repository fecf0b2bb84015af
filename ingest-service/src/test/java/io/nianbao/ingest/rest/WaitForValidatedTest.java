package io.nianbao.ingest.rest;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** ?wait returns a digest of the validated record when it appears on reports.validated (played here by the test). */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class WaitForValidatedTest {

    @org.junit.jupiter.api.BeforeEach
    void apiKey() {
        io.nianbao.ingest.support.Auth.withKey();
    }

    @jakarta.inject.Inject
    io.nianbao.ingest.messaging.ValidatedReader reader;

    @Test
    void recordsValidatedWhileNobodyWaitsAreNotFetched() throws Exception {
        // a first round: the reader is assigned reports.validated and fetches while a wait is pending
        long start = reader.fetched();
        waitReturnsTheValidatedRecord();
        assertThat(reader.fetched()).isGreaterThan(start);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
        Thread.sleep(2 * io.nianbao.ingest.messaging.ValidatedReader.IDLE_TICK.toMillis());
        long before = reader.fetched();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 20; i++) {
                producer.send(new ProducerRecord<>(Topics.VALIDATED, "nobody-waits-" + i, "{\"text\":\"" + "文".repeat(50_000) + "\"}"));
            }
            producer.flush();
        }
        // a few idle ticks: nobody waits, so the reader moves its positions past them without fetching them
        Thread.sleep(4 * io.nianbao.ingest.messaging.ValidatedReader.IDLE_TICK.toMillis());
        assertThat(reader.fetched()).isEqualTo(before);
        // and a wait registered after that is completed as before
        waitReturnsTheValidatedRecord();
    }

    @Test
    void waitReturnsTheValidatedRecord() throws Exception {
        byte[] html = Samples.html(UUID.randomUUID().toString());
        String id = DocumentIds.of(html);
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() ->
                given().contentType("text/html").body(html).queryParam("wait", 30).when().post("/api/documents"));

        // the waiter registers before publishing: once the raw record is on the topic, the wait is pending
        await().atMost(Duration.ofSeconds(20)).until(() -> RawTopic.count(id) == 1);
        ReportRecord validated = new ReportRecord();
        validated.documentId = id;
        validated.ruleSetVersion = "test";
        validated.summary = new ReportRecord.Summary();
        validated.summary.status = "clean";
        validated.summary.warnings = 2;
        validated.report = new ReportRecord.Report();
        validated.report.reportYear = 2021;
        validated.report.agency = "琅琊区人社局";
        validated.text = "全文".repeat(100_000);
        validated.sections.add(new ReportRecord.Section(1, "概述", "一、总体情况", 0, 6));
        ReportRecord.Finding f = new ReportRecord.Finding();
        f.ruleId = "TEST_RULE";
        f.severity = "warning";
        validated.findings = java.util.List.of(f, f);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.VALIDATED, id, Json.toString(validated))).get(20, TimeUnit.SECONDS);
        }

        Response r = answer.get(60, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("documentId")).isEqualTo(id);
        assertThat(r.jsonPath().getString("summary.status")).isEqualTo("clean");
        assertThat(r.jsonPath().getInt("summary.warnings")).isEqualTo(2);
        assertThat(r.jsonPath().getInt("report.reportYear")).isEqualTo(2021);
        assertThat(r.jsonPath().getString("report.agency")).isEqualTo("琅琊区人社局");
        assertThat(r.jsonPath().getString("ruleSetVersion")).isEqualTo("test");
        assertThat(r.jsonPath().getInt("findingCount")).isEqualTo(2);
        assertThat(r.jsonPath().getString("store")).endsWith("/api/reports/" + id);
        assertThat(r.header("Location")).endsWith("/api/reports/" + id);
        // a digest: the full text, sections and findings stay in store-service
        assertThat(r.jsonPath().getMap("")).doesNotContainKeys("text", "sections", "findings");
        assertThat(r.asString().length()).isLessThan(2_000);

        given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("received", is(true)).body("store", equalTo("http://127.0.0.1:8084/api/reports/" + id));
    }
}
