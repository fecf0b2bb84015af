package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A reviewer's decision withdrawn (DELETE /api/admin/reviews): 401 without the key, gone from the report view and the
 * findings exports after it, 404 when there is no decision to withdraw.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class ReviewWithdrawTest {
    static final String KEY = "test-admin-key";
    /** The finding TestRecords.finding writes names the cell applications.total.total. */
    static final String LOCATION = "cells:applications.total.total";

    @Test
    void aWithdrawnDecisionIsGoneFromTheViewAndTheExports() throws Exception {
        String agency = TestRecords.uniqueAgency("撤销");
        TestRecords.Builder b = TestRecords.report(agency, 2023).region("341302").finding("APP_BALANCE", "error");
        String id = b.build().documentId;
        Broker.sendValidated(b);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().get("/api/reports/" + id).statusCode() == 200);

        given().header("X-API-Key", KEY).contentType("application/json").body(Map.of("documentId", id, "ruleId",
                        "APP_BALANCE", "location", LOCATION, "decision", "dismissed", "reason", "表格合计另有说明"))
                .put("/api/admin/reviews").then().statusCode(200).body("decision", equalTo("dismissed"));
        given().get("/api/reports/" + id).then().body("findings[0].review.decision", equalTo("dismissed"))
                .body("findings[0].review.reason", equalTo("表格合计另有说明"));
        assertThat(reviewColumns(agency)).containsExactly("dismissed", "表格合计另有说明");

        // without the key, or with a wrong one, nothing is withdrawn
        given().queryParam("documentId", id).queryParam("ruleId", "APP_BALANCE").queryParam("location", LOCATION)
                .delete("/api/admin/reviews").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "not-the-key").queryParam("documentId", id).queryParam("ruleId", "APP_BALANCE")
                .queryParam("location", LOCATION).delete("/api/admin/reviews").then().statusCode(401);
        given().get("/api/reports/" + id).then().body("findings[0].review.decision", equalTo("dismissed"));
        // a decision nobody made: 404; a parameter missing: 400
        given().header("X-API-Key", KEY).queryParam("documentId", id).queryParam("ruleId", "TEXT_REVIEW")
                .queryParam("location", LOCATION).delete("/api/admin/reviews").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-API-Key", KEY).queryParam("documentId", id).queryParam("ruleId", "APP_BALANCE")
                .delete("/api/admin/reviews").then().statusCode(400);

        given().header("X-API-Key", KEY).queryParam("documentId", id).queryParam("ruleId", "APP_BALANCE")
                .queryParam("location", LOCATION).delete("/api/admin/reviews").then().statusCode(200)
                .body("documentId", equalTo(id)).body("decision", nullValue());

        given().get("/api/reports/" + id).then().body("findings[0].ruleId", equalTo("APP_BALANCE"))
                .body("findings[0].review", nullValue());
        // the finding is still exported, without a review
        assertThat(reviewColumns(agency)).containsExactly("", "");
        List<List<String>> xlsx = ApiTest.readXlsx(given().queryParam("agency", agency).get("/api/exports/findings.xlsx")
                .asByteArray());
        assertThat(xlsx).hasSize(2);
        assertThat(xlsx.get(1).get(xlsx.get(0).indexOf("ruleId"))).isEqualTo("APP_BALANCE");
        assertThat(xlsx.get(1).get(xlsx.get(0).indexOf("review"))).isEmpty();

        // withdrawn already: nothing left to withdraw
        given().header("X-API-Key", KEY).queryParam("documentId", id).queryParam("ruleId", "APP_BALANCE")
                .queryParam("location", LOCATION).delete("/api/admin/reviews").then().statusCode(404);
    }

    /** review and reviewReason of the agency's one finding in the findings CSV. */
    static List<String> reviewColumns(String agency) {
        byte[] bytes = given().queryParam("agency", agency).get("/api/exports/findings.csv").asByteArray();
        List<List<String>> rows = ApiTest.parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        assertThat(rows.get(1).get(header.indexOf("ruleId"))).isEqualTo("APP_BALANCE");
        return List.of(rows.get(1).get(header.indexOf("review")), rows.get(1).get(header.indexOf("reviewReason")));
    }
}
