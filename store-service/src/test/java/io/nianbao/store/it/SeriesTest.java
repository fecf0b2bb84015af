package io.nianbao.store.it;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.ReportGenerator;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A generated year series of one agency (test-support's ReportGenerator links carriedOver/carriedForward and
 * inForce across years): stored newest first, it gives no history warning; a re-validated year whose
 * carriedForward changed makes the next year's CARRY_OVER_MISMATCH appear.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class SeriesTest {

    @Test
    void aConsistentSeriesGivesNoHistoryWarningAndABrokenLinkDoes() {
        List<GeneratedReport> series = new ReportGenerator(System.nanoTime()).generateSeries(2019, 2024);
        String agency = TestRecords.uniqueAgency("序列");
        List<ReportRecord> records = new ArrayList<>();
        for (GeneratedReport g : series) {
            ReportRecord r = g.expectedCopy();
            r.documentId = TestRecords.newId();
            r.report.agencyCanonical = agency;
            r.ruleSetVersion = TestRecords.RULES_1;
            r.parserVersion = TestRecords.PARSER_1;
            records.add(r);
        }
        List<ReportRecord> newestFirst = new ArrayList<>(records);
        Collections.reverse(newestFirst);
        for (ReportRecord r : newestFirst) {
            Broker.send(Topics.VALIDATED, r.documentId, Json.toString(r));
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get("/api/agencies/" + agency + "/history").then().statusCode(200)
                        .body("years.size()", equalTo(6)));
        for (ReportRecord r : records) {
            List<String> rules = given().get("/api/reports/" + r.documentId).jsonPath()
                    .getList("findings.findAll { it.origin == 'store-service' }.ruleId", String.class);
            assertThat(rules).as("history findings of %s", r.report.reportYear)
                    .doesNotContain("CARRY_OVER_MISMATCH", "IN_FORCE_DRIFT", "DUPLICATE_REPORT");
        }

        // re-validation of 2022 with one more application carried forward (total and natural persons)
        ReportRecord y2022 = records.get(3);
        assertThat(y2022.report.reportYear).isEqualTo(2022);
        List<BigDecimal> forward = new ArrayList<>(y2022.applications.get("carriedForward"));
        forward.set(0, forward.get(0).add(BigDecimal.ONE));
        forward.set(6, forward.get(6).add(BigDecimal.ONE));
        y2022.applications.put("carriedForward", forward);
        y2022.ruleSetVersion = TestRecords.RULES_2;
        Broker.send(Topics.VALIDATED, y2022.documentId, Json.toString(y2022));
        String y2023 = records.get(4).documentId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().get("/api/reports/" + y2023).jsonPath().getList("findings.ruleId").contains("CARRY_OVER_MISMATCH"));
        Map<String, Object> f = given().get("/api/reports/" + y2023).jsonPath()
                .getMap("findings.find { it.ruleId == 'CARRY_OVER_MISMATCH' }");
        assertThat(f).containsEntry("relatedDocumentId", y2022.documentId)
                .containsEntry("expected", forward.get(6).stripTrailingZeros().toPlainString());
        assertThat((List<?>) f.get("cells")).hasSize(2);

        // and back: the 2022 report re-validated as it was clears the finding
        y2022.applications.put("carriedForward", series.get(3).expected().applications.get("carriedForward"));
        y2022.ruleSetVersion = TestRecords.RULES_3;
        Broker.send(Topics.VALIDATED, y2022.documentId, Json.toString(y2022));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !given().get("/api/reports/" + y2023).jsonPath().getList("findings.ruleId").contains("CARRY_OVER_MISMATCH"));
    }
}
