package io.nianbao.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.localinfra.LocalPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline for real: Kafka broker and PostgreSQL started by deploy/local-infra, the four packaged
 * services as separate JVMs, the five sample reports posted to ingest-service over HTTP and read back from
 * store-service's API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineSystemIT {
    static final Path ROOT = Path.of(System.getProperty("nianbao.root", "..")).toAbsolutePath().normalize();
    static final Path SAMPLES = ROOT.resolve("data/samples");
    /** A synthetic year series of one agency with one deliberate carry-over break (see its README.md). */
    static final Path SERIES = ROOT.resolve("data/series");
    static final Set<String> ARITHMETIC = Set.of("APP_BALANCE", "APP_TOTAL_ROW", "APP_TOTAL_COLUMN", "REVIEW_TOTAL",
            "COUNT_NOT_WHOLE", "STOCK_FLOW");

    static LocalPipeline pipeline;
    static final Map<String, String> idBySample = new LinkedHashMap<>();
    static final Map<String, String> idBySeriesFile = new LinkedHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path state = ROOT.resolve("system-tests/target/pipeline-" + ProcessHandle.current().pid());
        pipeline = new LocalPipeline(ROOT, state, 0, 0, 0).start();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                JsonNode answer = pipeline.ingest(f);
                assertThat(answer.path("duplicate").asBoolean()).as("first post of " + f).isFalse();
                idBySample.put(f.getFileName().toString().substring(0, 3), answer.path("documentId").asText());
            }
        }
        for (JsonNode f : JSON.readTree(SERIES.resolve("expected.json").toFile()).path("files")) {
            String file = f.path("file").asText();
            idBySeriesFile.put(file, pipeline.ingest(SERIES.resolve(file)).path("documentId").asText());
        }
        List<String> all = new ArrayList<>(idBySample.values());
        all.addAll(idBySeriesFile.values());
        pipeline.awaitStored(all, Duration.ofSeconds(300));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static JsonNode truth(String sample) throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES.resolve("truth"))) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(sample)).findFirst().orElseThrow();
            return JSON.readTree(f.toFile());
        }
    }

    static Path sampleFile(String sample) throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.getFileName().toString().startsWith(sample) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }

    static JsonNode stored(String sample) {
        return pipeline.get("store-service", "/api/reports/" + idBySample.get(sample));
    }

    static Set<String> rules(JsonNode stored, String severity) {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : stored.path("findings")) {
            if (severity == null || severity.equals(f.path("severity").asText())) {
                out.add(f.path("ruleId").asText());
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void everySampleIsStoredWithTitleYearAndTemplateOfTheTruth() throws Exception {
        for (String sample : idBySample.keySet()) {
            JsonNode truth = truth(sample).path("report");
            JsonNode report = stored(sample).path("report");
            assertThat(report.path("reportYear").asInt()).as(sample + " year").isEqualTo(truth.path("reportYear").asInt());
            assertThat(report.path("template").asText()).as(sample + " template").isEqualTo(truth.path("template").asText());
            boolean hasTitleLine = Files.readAllLines(sampleFile(sample), StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.contains("年度报告") && !l.contains("根据"));
            if (hasTitleLine) {
                assertThat(report.path("title").asText()).as(sample + " title")
                        .contains(truth.path("reportYear").asText()).contains("政府信息公开").contains("年度报告");
            } else {
                // the page lost its title line: nothing may be invented
                assertThat(report.path("title").isMissingNode() || report.path("title").isNull()).as(sample + " title").isTrue();
            }
            assertThat(report.path("agency").asText()).as(sample + " agency").isEqualTo(truth.path("agency").asText());
        }
    }

    @Test
    @Order(2)
    void findingsAreThoseTheRuleCatalogueExpectsOfTheSamples() {
        // ../shared/spec/RULES.md, "What the samples must give"
        assertThat(rules(stored("000"), null)).contains("PARSE_UNCERTAIN");
        assertThat(rules(stored("000"), "error")).isEmpty();
        assertThat(rules(stored("001"), null)).contains("TEXT_BREAKDOWN");
        assertThat(rules(stored("001"), "error")).isEmpty();
        assertThat(rules(stored("002"), "error")).isEmpty();
        assertThat(rules(stored("002"), "warning")).isEmpty();
        assertThat(rules(stored("003"), null)).contains("OTHER_JURISDICTION").doesNotContain("TEMPLATE_OUTDATED")
                .doesNotContainAnyElementsOf(ARITHMETIC);
        assertThat(rules(stored("004"), "error")).isEmpty();
        assertThat(rules(stored("004"), "warning")).isEmpty();
    }

    @Test
    @Order(3)
    void theSameFilePostedTwiceIsStoredOnce() throws Exception {
        Path first = SAMPLES.resolve(Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow().getFileName());
        JsonNode again = pipeline.ingest(first);
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("documentId").asText()).isEqualTo(idBySample.get("000"));
        // give a wrongly re-published event time to arrive before counting
        Thread.sleep(3000);
        JsonNode list = pipeline.get("store-service", "/api/reports?size=100");
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(i -> ids.add(i.path("documentId").asText()));
        List<String> expected = new ArrayList<>(idBySample.values());
        expected.addAll(idBySeriesFile.values());
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(list.path("total").asInt()).isEqualTo(expected.size());
    }

    @Test
    @Order(4)
    void ingestCanWaitForTheValidatedRecordOfANewDocument() throws Exception {
        String text = Files.readString(SAMPLES.resolve(Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt"))
                .sorted().toList().get(2).getFileName()), StandardCharsets.UTF_8) + "\n（系统测试：另一份字节不同的副本）\n";
        // writes need the pipeline's API key: without it, 401 and nothing is taken
        HttpResponse<String> anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(pipeline.url("ingest-service") + "/api/documents?fileName=copy.txt"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(pipeline.url("ingest-service") + "/api/documents?fileName=copy.txt&wait=90"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header(LocalPipeline.API_KEY_HEADER, pipeline.apiKey())
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode validated = JSON.readTree(r.body());
        assertThat(validated.path("report").path("reportYear").asInt()).isEqualTo(truth("002").path("report").path("reportYear").asInt());
        assertThat(validated.path("summary").path("status").asText()).isIn("clean", "warnings", "errors");
        assertThat(validated.path("ruleSetVersion").asText()).isNotBlank();
    }

    @Test
    @Order(5)
    void theYearSeriesShowsExactlyItsOneCarryOverBreakAndItsApplicationsPerYear() throws Exception {
        JsonNode expected = JSON.readTree(SERIES.resolve("expected.json").toFile());
        JsonNode mismatch = expected.path("carryOverMismatch");

        JsonNode flagged = pipeline.get("store-service", "/api/reports?ruleId=CARRY_OVER_MISMATCH&size=50");
        assertThat(flagged.path("total").asInt()).as(flagged.toString()).isEqualTo(1);
        JsonNode item = flagged.path("items").get(0);
        assertThat(item.path("documentId").asText()).isEqualTo(idBySeriesFile.get(mismatch.path("file").asText()));
        assertThat(item.path("reportYear").asInt()).isEqualTo(mismatch.path("reportYear").asInt());

        JsonNode report = pipeline.get("store-service", "/api/reports/" + item.path("documentId").asText());
        JsonNode finding = null;
        for (JsonNode f : report.path("findings")) {
            if (f.path("ruleId").asText().equals("CARRY_OVER_MISMATCH")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.path("expected").asText()).isEqualTo(mismatch.path("expected").asText());
        assertThat(finding.path("actual").asText()).isEqualTo(mismatch.path("actual").asText());
        assertThat(finding.path("messageZh").asText()).contains(mismatch.path("actual").asText());

        // applications received per region and year: the series' region, one row per year with its total
        JsonNode perRegion = pipeline.get("store-service", "/api/aggregates/applications?level=county");
        Map<Integer, Integer> received = new LinkedHashMap<>();
        for (JsonNode row : perRegion) {
            if (row.path("region").asText().equals(expected.path("regionCode").asText())) {
                received.put(row.path("year").asInt(), row.path("newReceived").asInt());
            }
        }
        Map<Integer, Integer> want = new LinkedHashMap<>();
        for (JsonNode f : expected.path("files")) {
            want.put(f.path("reportYear").asInt(), f.path("newReceivedTotal").asInt());
        }
        assertThat(received).isEqualTo(want);
    }

    /** The log line each service writes for one document, in the order of the path. */
    static final List<Map.Entry<String, String>> TRACE_STEPS = List.of(Map.entry("ingest-service", "accepted"),
            Map.entry("parse-service", "parsed"), Map.entry("validate-service", "validated"),
            Map.entry("store-service", "stored"));

    @Test
    @Order(6)
    void oneDocumentsPathFromIngestToStoredIsOneTrace() throws Exception {
        // a document no other test sends, so that each service's line for it is its own
        Path file = ROOT.resolve("system-tests/target/trace-" + ProcessHandle.current().pid() + ".txt");
        Files.writeString(file, Files.readString(sampleFile("001"), StandardCharsets.UTF_8) + "\n（系统测试：追踪 "
                + System.nanoTime() + "）\n", StandardCharsets.UTF_8);
        JsonNode answer = pipeline.ingest(file);
        assertThat(answer.path("duplicate").asBoolean()).isFalse();
        String id = answer.path("documentId").asText();
        pipeline.awaitStored(List.of(id), Duration.ofSeconds(120));

        Map<String, TraceLines> lines = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (lines.size() < TRACE_STEPS.size() && System.nanoTime() < deadline) {
            for (Map.Entry<String, String> step : TRACE_STEPS) {
                if (!lines.containsKey(step.getKey())) {
                    TraceLines.last(pipeline.logOf(step.getKey()), step.getValue(), id).ifPresent(l -> lines.put(step.getKey(), l));
                }
            }
            if (lines.size() < TRACE_STEPS.size()) {
                Thread.sleep(200);
            }
        }
        assertThat(lines.keySet()).as("services that logged " + id).containsExactlyInAnyOrderElementsOf(
                TRACE_STEPS.stream().map(Map.Entry::getKey).toList());
        String traceId = lines.get("ingest-service").traceId();
        assertThat(traceId).as(lines.get("ingest-service").line()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        for (Map.Entry<String, TraceLines> e : lines.entrySet()) {
            assertThat(e.getValue().traceId()).as(e.getKey() + ": " + e.getValue().line()).isEqualTo(traceId);
            assertThat(e.getValue().spanId()).as(e.getKey() + ": " + e.getValue().line()).matches("[0-9a-f]{16}");
        }
        // each service works in a span of its own within the one trace
        assertThat(lines.values().stream().map(TraceLines::spanId).distinct().count()).isEqualTo(TRACE_STEPS.size());
    }
}
