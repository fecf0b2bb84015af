package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A report uploaded twelve times: the report view lists at most 10 of the other documents (current first, then the
 * most recently published) and counts all 11; the list shows the current one with 11 copies.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class SameReportBoundTest {

    @Test
    void theOtherDocumentsOfAReportAreBounded() {
        String agency = TestRecords.uniqueAgency("副本");
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            TestRecords.Builder b = TestRecords.report(agency, 2023).region("341102")
                    .published(String.format("2024-01-%02d", day));
            ids.add(b.build().documentId);
            Broker.sendValidated(b);
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().queryParam("agency", agency).queryParam("current", "true").get("/api/reports").jsonPath()
                        .getInt("total") == 1
                        && given().queryParam("agency", agency).get("/api/reports").jsonPath().getInt("total") == 12);

        String newest = ids.get(11);
        given().queryParam("agency", agency).queryParam("current", "true").get("/api/reports").then()
                .body("items[0].documentId", equalTo(newest)).body("items[0].copies", equalTo(11));
        // the oldest document: the current one first, then by publication, newest first; 2024-01-02 is the 11th
        given().get("/api/reports/" + ids.get(0)).then().statusCode(200)
                .body("sameReportCount", equalTo(11))
                .body("sameReport.documentId", contains(ids.get(11), ids.get(10), ids.get(9), ids.get(8), ids.get(7),
                        ids.get(6), ids.get(5), ids.get(4), ids.get(3), ids.get(2)))
                .body("sameReport[0].current", equalTo(true))
                .body("sameReport[1].current", equalTo(false));
    }
}
