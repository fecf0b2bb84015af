package io.nianbao.store.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The history rules against the real database and broker, whichever report arrives first. */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class HistoryTest {

    public static String store(TestRecords.Builder b) {
        Broker.sendValidated(b);
        String id = b.build().documentId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().get("/api/reports/" + id).statusCode() == 200);
        return id;
    }

    static JsonPath detail(String id) {
        return given().get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static List<Map<String, Object>> findings(String id, String ruleId) {
        return detail(id).<Map<String, Object>>getList("findings").stream()
                .filter(f -> ruleId.equals(f.get("ruleId"))).toList();
    }

    static void awaitFinding(String id, String ruleId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !findings(id, ruleId).isEmpty());
    }

    @Test
    void carryOverMismatchFiresWhicheverYearArrivesFirstAndNotWhenConsistent() {
        // out of order: 2023 first, then 2022
        String a = TestRecords.uniqueAgency("结转甲");
        String a2023 = store(TestRecords.report(a, 2023).applications("carriedOver", 5));
        assertThat(findings(a2023, "CARRY_OVER_MISMATCH")).isEmpty();
        String a2022 = store(TestRecords.report(a, 2022).applications("carriedForward", 3));
        awaitFinding(a2023, "CARRY_OVER_MISMATCH");
        Map<String, Object> f = findings(a2023, "CARRY_OVER_MISMATCH").get(0);
        assertThat(f).containsEntry("severity", "warning").containsEntry("origin", "store-service")
                .containsEntry("expected", "3").containsEntry("actual", "5").containsEntry("relatedDocumentId", a2022)
                .containsEntry("section", 3);
        assertThat((String) f.get("messageZh")).contains("上年结转5件", "结转下年度3件");
        assertThat((String) f.get("messageEn")).contains("carriedOver 5", "carriedForward 3");
        assertThat(detail(a2023).getString("status")).isEqualTo("warnings");
        assertThat(findings(a2022, "CARRY_OVER_MISMATCH")).isEmpty();

        // in order: 2022 then 2023
        String b = TestRecords.uniqueAgency("结转乙");
        store(TestRecords.report(b, 2022).applications("carriedForward", 3));
        String b2023 = store(TestRecords.report(b, 2023).applications("carriedOver", 1));
        assertThat(findings(b2023, "CARRY_OVER_MISMATCH")).hasSize(1);

        // consistent: no finding
        String c = TestRecords.uniqueAgency("结转丙");
        String c2023 = store(TestRecords.report(c, 2023).applications("carriedOver", 4));
        String c2022 = store(TestRecords.report(c, 2022).applications("carriedForward", 4));
        assertThat(findings(c2023, "CARRY_OVER_MISMATCH")).isEmpty();
        assertThat(findings(c2022, "CARRY_OVER_MISMATCH")).isEmpty();
        assertThat(detail(c2023).getString("status")).isEqualTo("clean");

        // the change events of the out-of-order case, read back from the broker, match the published schema
        List<ConsumerRecord<String, String>> events = Broker.readAll(Topics.CHANGES).stream()
                .filter(r -> a2023.equals(r.key())).toList();
        assertThat(events).extracting(r -> Broker.header(r, "ce_type"))
                .contains("io.nianbao.report.stored.v1", "io.nianbao.report.finding-added.v1");
        assertValidEvents(events);
        assertThat(events).filteredOn(r -> r.value().contains("CARRY_OVER_MISMATCH")).hasSize(1);
    }

    @Test
    void inForceDriftFiresBothWays() {
        String d = TestRecords.uniqueAgency("现行甲");
        // regulations: 5 + 1 - 0 = 6 expected, 7 stated
        String d2022 = store(TestRecords.report(d, 2022).active(1, 0, 7, 0, 0, 3));
        String d2021 = store(TestRecords.report(d, 2021).active(0, 0, 5, 0, 0, 3));
        awaitFinding(d2022, "IN_FORCE_DRIFT");
        Map<String, Object> f = findings(d2022, "IN_FORCE_DRIFT").get(0);
        assertThat(f).containsEntry("expected", "6").containsEntry("actual", "7").containsEntry("relatedDocumentId", d2021);
        assertThat(findings(d2022, "IN_FORCE_DRIFT")).hasSize(1); // normativeDocuments is consistent
        assertThat(findings(d2021, "IN_FORCE_DRIFT")).isEmpty();

        String e = TestRecords.uniqueAgency("现行乙");
        store(TestRecords.report(e, 2021).active(0, 0, 5, 2, 0, 10));
        String e2022 = store(TestRecords.report(e, 2022).active(0, 0, 5, 1, 1, 12));
        assertThat(findings(e2022, "IN_FORCE_DRIFT")).hasSize(1)
                .first().satisfies(x -> assertThat(x).containsEntry("expected", "10").containsEntry("actual", "12"));

        String g = TestRecords.uniqueAgency("现行丙");
        store(TestRecords.report(g, 2021).active(0, 0, 5, 2, 0, 10));
        String g2022 = store(TestRecords.report(g, 2022).active(1, 0, 6, 1, 1, 10));
        assertThat(findings(g2022, "IN_FORCE_DRIFT")).isEmpty();
    }

    @Test
    void copiedTextFiresOnANearCopyAndNotOnDifferentReports() {
        String base = TestRecords.randomText(500);
        String f = TestRecords.uniqueAgency("抄袭甲");
        String g = TestRecords.uniqueAgency("抄袭乙");
        String f2022 = store(TestRecords.report(f, 2022).narrative("全年发布信息128条。" + base + "办理申请3件。"));
        String g2022 = store(TestRecords.report(g, 2022).narrative("全年发布信息64条。" + base + "办理申请9件，" + "另"));
        awaitFinding(g2022, "COPIED_TEXT");
        awaitFinding(f2022, "COPIED_TEXT");
        assertThat(findings(g2022, "COPIED_TEXT").get(0)).containsEntry("relatedDocumentId", f2022);
        assertThat(findings(f2022, "COPIED_TEXT").get(0)).containsEntry("relatedDocumentId", g2022);
        assertThat((String) findings(g2022, "COPIED_TEXT").get(0).get("messageZh")).contains("相似度", f);

        // two different reports of the same year: nothing
        String h2022 = store(TestRecords.report(TestRecords.uniqueAgency("原创甲"), 2022));
        String i2022 = store(TestRecords.report(TestRecords.uniqueAgency("原创乙"), 2022));
        assertThat(findings(h2022, "COPIED_TEXT")).isEmpty();
        assertThat(findings(i2022, "COPIED_TEXT")).isEmpty();

        // the same agency's previous report: the later one is the copy
        String j = TestRecords.uniqueAgency("照搬");
        String text = TestRecords.randomText(400);
        String j2021 = store(TestRecords.report(j, 2021).narrative("2021年" + text));
        String j2022 = store(TestRecords.report(j, 2022).narrative("2022年" + text));
        awaitFinding(j2022, "COPIED_TEXT");
        assertThat(findings(j2022, "COPIED_TEXT").get(0)).containsEntry("relatedDocumentId", j2021);
        assertThat(findings(j2021, "COPIED_TEXT")).isEmpty();
    }

    @Test
    void theMostRecentlyPublishedDocumentOfAReportIsCurrent() {
        String k = TestRecords.uniqueAgency("重复");
        String later = store(TestRecords.report(k, 2022).published("2023-01-20"));
        String earlier = store(TestRecords.report(k, 2022).published("2023-01-10"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !findings(earlier, "DUPLICATE_REPORT").isEmpty());
        assertThat(detail(earlier).getBoolean("current")).isFalse();
        assertThat(detail(earlier).getString("supersededBy")).isEqualTo(later);
        assertThat(detail(later).getBoolean("current")).isTrue();
        assertThat(findings(later, "DUPLICATE_REPORT")).hasSize(1).first()
                .satisfies(x -> assertThat(x).containsEntry("relatedDocumentId", earlier).containsEntry("severity", "info"));
        assertThat(findings(earlier, "DUPLICATE_REPORT").get(0)).containsEntry("relatedDocumentId", later);

        String latest = store(TestRecords.report(k, 2022).published("2023-02-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !detail(later).getBoolean("current"));
        assertThat(detail(later).getString("supersededBy")).isEqualTo(latest);
        assertThat(detail(earlier).getString("supersededBy")).isEqualTo(latest);
        // each document names its neighbours in recency order: earlier < later < latest
        assertThat(findings(latest, "DUPLICATE_REPORT")).extracting(x -> x.get("relatedDocumentId")).containsExactly(later);
        assertThat(findings(later, "DUPLICATE_REPORT")).extracting(x -> x.get("relatedDocumentId"))
                .containsExactlyInAnyOrder(earlier, latest);
        assertThat(findings(earlier, "DUPLICATE_REPORT")).extracting(x -> x.get("relatedDocumentId")).containsExactly(later);
        assertThat(detail(earlier).getList("sameReport")).hasSize(2);

        given().queryParam("agency", k).queryParam("current", "true").get("/api/reports").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].documentId", org.hamcrest.Matchers.equalTo(latest));

        List<ConsumerRecord<String, String>> superseded = Broker.readAll(Topics.CHANGES).stream()
                .filter(r -> later.equals(r.key()) && "io.nianbao.report.superseded.v1".equals(Broker.header(r, "ce_type")))
                .toList();
        assertThat(superseded).hasSize(1);
        assertThat(superseded.get(0).value()).contains("\"supersededBy\":\"" + latest + "\"");
        assertValidEvents(superseded);
    }

    static void assertValidEvents(List<ConsumerRecord<String, String>> events) {
        JsonSchema schema;
        try (InputStream in = HistoryTest.class.getClassLoader()
                .getResourceAsStream("META-INF/schemas/change-event.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ObjectMapper mapper = new ObjectMapper();
        assertThat(events).isNotEmpty();
        for (ConsumerRecord<String, String> r : events) {
            JsonNode node;
            try {
                node = mapper.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + r.value(), e);
            }
            Set<ValidationMessage> errors = schema.validate(node);
            assertThat(errors).as("schema errors of %s", r.value()).isEmpty();
            assertThat(Broker.header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(Broker.header(r, "ce_source")).isEqualTo("/nianbao/store-service");
            assertThat(Broker.header(r, "ce_id")).isNotBlank();
            assertThat(Broker.header(r, "ce_subject")).isEqualTo(r.key());
            assertThat(node.get("documentId").asText()).isEqualTo(r.key());
        }
    }
}
