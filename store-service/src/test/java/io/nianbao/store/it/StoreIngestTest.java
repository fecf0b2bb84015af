package io.nianbao.store.it;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** reports.validated -> PostgreSQL through the real broker and the real database. */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class StoreIngestTest {

    static void awaitRuleSet(String id, String ruleSet) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/reports/" + id).then().statusCode(200).body("ruleSetVersion", equalTo(ruleSet)));
    }

    @Test
    void theSameEventThreeTimesGivesOneReportAndANewerRuleSetReplacesTheFindings() {
        String agency = TestRecords.uniqueAgency("幂等");
        TestRecords.Builder b = TestRecords.report(agency, 2022).finding("APP_BALANCE", "error")
                .finding("EMPTY_CELLS", "info");
        String id = b.build().documentId;
        for (int i = 0; i < 3; i++) {
            Broker.sendValidated(b);
        }
        // same key = same partition: once the re-validation is stored, the three copies before it were consumed
        b.build().findings.clear();
        b.ruleSet(TestRecords.RULES_2).finding("TEXT_REVIEW", "warning");
        Broker.sendValidated(b);
        awaitRuleSet(id, TestRecords.RULES_2);

        given().queryParam("agency", agency).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items", hasSize(1)).body("items[0].documentId", equalTo(id));
        given().get("/api/reports/" + id).then().statusCode(200)
                .body("findings", hasSize(1))
                .body("findings[0].ruleId", equalTo("TEXT_REVIEW"))
                .body("findings[0].origin", equalTo("validate-service"))
                .body("status", equalTo("warnings"))
                .body("summary.warnings", equalTo(1))
                .body("summary.errors", equalTo(0))
                .body("tables.applications.newReceived", hasSize(7))
                .body("sections", hasSize(5))
                .body("report.agencyCanonical", equalTo(agency));
        given().get("/api/reports/" + id.toUpperCase()).then().statusCode(200).body("documentId", equalTo(id));

        List<ConsumerRecord<String, String>> stored = Broker.readAll(Topics.CHANGES).stream()
                .filter(r -> id.equals(r.key()) && "io.nianbao.report.stored.v1".equals(Broker.header(r, "ce_type")))
                .toList();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).value()).contains("\"revision\":\"new\"");
        assertThat(stored.get(1).value()).contains("\"revision\":\"replaced\"");

        // an older rule set arriving late is ignored
        b.build().findings.clear();
        b.ruleSet(TestRecords.RULES_1).finding("APP_BALANCE", "error");
        Broker.sendValidated(b);
        TestRecords.Builder sentinel = TestRecords.report(agency, 2022).id(id).ruleSet(TestRecords.RULES_3);
        Broker.sendValidated(sentinel);
        awaitRuleSet(id, TestRecords.RULES_3);
        given().get("/api/reports/" + id).then().body("findings", hasSize(0)).body("status", equalTo("clean"));
    }

    @Test
    void aMessageThatIsNotARecordGoesToTheDeadLetterTopic() {
        String key = TestRecords.newId();
        Broker.send(Topics.VALIDATED, key, "{\"documentId\": \"not-a-sha\"}");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Broker.readAll(Topics.STORE_DLQ).stream().anyMatch(r -> key.equals(r.key())));
        ConsumerRecord<String, String> dead = Broker.readAll(Topics.STORE_DLQ).stream().filter(r -> key.equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(Broker.header(dead, "dead-letter-reason")).contains("documentId", "not-a-sha");
        assertThat(Broker.header(dead, "dead-letter-topic")).isEqualTo(Topics.VALIDATED);
        assertThat(dead.value()).isEqualTo("{\"documentId\": \"not-a-sha\"}");
        // and the consumer goes on
        TestRecords.Builder b = TestRecords.report(TestRecords.uniqueAgency("继续"), 2021);
        Broker.sendValidated(b);
        awaitRuleSet(b.build().documentId, TestRecords.RULES_1);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("nianbao_store_records_total{decision=\"new\""));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'store-schema' }.status", equalTo("UP"));
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        given().get("/api/reports/" + "0".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/reports/xyz").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("sort", "nope").get("/api/reports").then().statusCode(400);
        given().get("/api/schemas/change-event").then().statusCode(200).contentType(ContentType.fromContentType("application/schema+json"))
                .body("title", equalTo("nianbao reports.changes event data"));
    }

    @Test
    void revalidateRepublishesTheParsedFormToReportsParsed() {
        String agency = TestRecords.uniqueAgency("重验");
        TestRecords.Builder b = TestRecords.report(agency, 2021).finding("APP_BALANCE", "error");
        String id = b.build().documentId;
        Broker.sendValidated(b);
        awaitRuleSet(id, TestRecords.RULES_1);
        given().header("X-API-Key", "test-admin-key").queryParam("agency", agency).post("/api/admin/revalidate").then().statusCode(200)
                .body("republished", equalTo(1)).body("documentIds[0]", equalTo(id));
        List<ConsumerRecord<String, String>> parsed = Broker.readAll(Topics.PARSED).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(parsed).hasSize(1);
        assertThat(Broker.header(parsed.get(0), "ce_type")).isEqualTo("io.nianbao.report.parsed.v1");
        ReportRecord again = Json.read(parsed.get(0).value(), ReportRecord.class);
        assertThat(again.documentId).isEqualTo(id);
        assertThat(again.findings).isNull();
        assertThat(again.ruleSetVersion).isNull();
        assertThat(again.summary).isNull();
        assertThat(again.report.agencyCanonical).isEqualTo(agency);
        assertThat(again.applications).containsKey("newReceived");
    }

    @Test
    void nulCharactersFromADamagedDocumentAreStored() {
        TestRecords.Builder b = TestRecords.report(TestRecords.uniqueAgency("损坏"), 2021)
                .narrative("本年度\u0000收到申请" + TestRecords.randomText(300)).title("损坏\u0000的报告");
        Broker.sendValidated(b);
        awaitRuleSet(b.build().documentId, TestRecords.RULES_1);
        given().get("/api/reports/" + b.build().documentId).then().statusCode(200)
                .body("report.title", equalTo("损坏的报告"))
                .body("sections[0].text", org.hamcrest.Matchers.startsWith("本年度收到申请"));
    }
}
