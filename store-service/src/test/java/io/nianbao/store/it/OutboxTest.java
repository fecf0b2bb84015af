package io.nianbao.store.it;

import io.agroal.api.AgroalDataSource;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Change events go through the outbox: written with the report, relayed after the commit, one id per change. */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class OutboxTest {
    @Inject
    AgroalDataSource dataSource;

    static List<ConsumerRecord<String, String>> eventsOf(Set<String> ids) {
        return Broker.readAll(Topics.CHANGES).stream().filter(r -> ids.contains(r.key())).toList();
    }

    @Test
    void aRowCommittedButNeverPublishedIsSentByTheRelay() throws Exception {
        // what a crash between the commit and the publish leaves behind: an unsent row
        TestRecords.Builder b = TestRecords.report(TestRecords.uniqueAgency("外发"), 2022);
        String id = HistoryTest.store(b);
        UUID eventId = UUID.randomUUID();
        String payload = "{\"change\":\"STORED\",\"documentId\":\"" + id + "\",\"status\":\"clean\",\"errors\":0,"
                + "\"warnings\":0,\"infos\":0,\"current\":true,\"revision\":\"new\",\"occurredAt\":\"2026-12-01T00:00:00Z\"}";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into outbox (id, document_id, ce_type, payload) values (?, ?, ?, ?)")) {
            ps.setObject(1, eventId);
            ps.setString(2, id);
            ps.setString(3, "io.nianbao.report.stored.v1");
            ps.setString(4, payload);
            ps.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                eventsOf(Set.of(id)).stream().anyMatch(r -> eventId.toString().equals(Broker.header(r, "ce_id"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);
        HistoryTest.assertValidEvents(eventsOf(Set.of(id)));
    }

    @Test
    void everyEventIsAnOutboxRowAndAReportOfManyDocumentsCostsFewEventsPerArrival() throws Exception {
        String agency = TestRecords.uniqueAgency("多份");
        int n = 6;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // each newer than the one before: every arrival becomes the current document
            ids.add(HistoryTest.store(TestRecords.report(agency, 2022).published("2023-01-" + (10 + i))));
            String last = ids.get(i);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    given().get("/api/reports/" + last).jsonPath().getBoolean("current"));
        }
        // arrival 1: STORED; 2: STORED, SUPERSEDED, DUPLICATE_REPORT on both; k >= 3: STORED, SUPERSEDED of the
        // previous current, its two changed DUPLICATE_REPORT findings, one on the new document: 5 events
        int expected = 1 + 4 + 5 * (n - 2);
        Set<String> keys = Set.copyOf(ids);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> eventsOf(keys).size() >= expected);
        Thread.sleep(1000); // no more come
        List<ConsumerRecord<String, String>> events = eventsOf(keys);
        assertThat(events).hasSize(expected);
        Set<String> ceIds = events.stream().map(r -> Broker.header(r, "ce_id")).collect(Collectors.toSet());
        assertThat(ceIds).hasSize(expected);
        for (String ceId : ceIds) {
            assertThat(sentAt(UUID.fromString(ceId))).as("outbox row %s marked sent", ceId).isNotNull();
        }
        HistoryTest.assertValidEvents(events);
        // the oldest document's finding names its newer neighbour only, not every document of the report
        assertThat(HistoryTest.findings(ids.get(0), "DUPLICATE_REPORT")).hasSize(1)
                .first().satisfies(f -> assertThat(f).containsEntry("relatedDocumentId", ids.get(1)));
        assertThat(given().get("/api/reports/" + ids.get(0)).jsonPath().getString("supersededBy")).isEqualTo(ids.get(n - 1));
    }

    Object sentAt(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select sent_at from outbox where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }
}
