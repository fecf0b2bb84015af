package io.nianbao.parse.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic year series in {@code data/series} (written by test-support's SeriesDemo) parses back, through
 * {@link ParseService} as the service would, to the generated numbers listed in {@code data/series/expected.json}:
 * report year, template, canonical agency, region code and the total column of applications.newReceived,
 * carriedOver and carriedForward. Also: the parsed totals link year to year except in the one break year.
 */
class SeriesDataTest {
    static final Path DIR = Path.of("..", "data", "series");
    static final ParseService SERVICE = new ParseService(new DocumentExtractor(), new ReportParser(), new SimpleMeterRegistry());

    static JsonNode expected;
    /** Parsed records by report year. */
    static final Map<Integer, ReportRecord> PARSED = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        expected = Json.mapper().readTree(Files.readString(DIR.resolve("expected.json")));
    }

    @Test
    void theFolderHoldsExactlyTheListedDocuments() throws IOException {
        List<String> listed = new ArrayList<>();
        expected.get("files").forEach(f -> listed.add(f.get("file").asText()));
        List<String> present;
        try (Stream<Path> s = Files.list(DIR)) {
            present = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.endsWith(".json") && !n.startsWith("."))
                    .sorted().toList();
        }
        assertThat(present).containsExactlyInAnyOrderElementsOf(listed).hasSize(6);
        assertThat(expected.get("synthetic").asBoolean()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> eachFileParsesBackToItsGeneratedNumbers() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.get("files").forEach(f -> tests.add(DynamicTest.dynamicTest(f.get("file").asText(), () -> check(f))));
        return tests.stream();
    }

    static void check(JsonNode f) throws IOException {
        String name = f.get("file").asText();
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        ReportRecord r = SERVICE.parse(bytes, SourceInfo.of(name, f.get("mediaType").asText()));
        PARSED.put(f.get("reportYear").asInt(), r);
        assertThat(r.report).as(name).isNotNull();
        assertThat(r.report.reportYear).as(name + " reportYear").isEqualTo(f.get("reportYear").asInt());
        assertThat(r.report.template).as(name + " template").isEqualTo(f.get("template").asText());
        assertThat(r.report.agencyCanonical).as(name + " agencyCanonical").isEqualTo(f.get("agencyCanonical").asText());
        assertThat(r.report.regionCode).as(name + " regionCode").isEqualTo(f.get("regionCode").asText());
        assertThat(r.applications).as(name + " applications").isNotNull();
        for (String row : List.of("newReceived", "carriedOver", "carriedForward")) {
            assertThat(total(r, row)).as(name + " applications." + row + " total")
                    .isEqualByComparingTo(new BigDecimal(f.get(row + "Total").asText()));
        }
    }

    @Test
    void theParsedTotalsLinkYearToYearExceptInTheBreakYear() throws IOException {
        for (JsonNode f : expected.get("files")) {
            if (!PARSED.containsKey(f.get("reportYear").asInt())) {
                check(f);
            }
        }
        int breakYear = expected.get("carryOverBreakYear").asInt();
        JsonNode mismatch = expected.get("carryOverMismatch");
        assertThat(mismatch.get("reportYear").asInt()).isEqualTo(breakYear);
        for (int y : PARSED.keySet()) {
            ReportRecord prev = PARSED.get(y - 1);
            if (prev == null) {
                continue;
            }
            BigDecimal forward = total(prev, "carriedForward");
            BigDecimal over = total(PARSED.get(y), "carriedOver");
            if (y == breakYear) {
                assertThat(forward).as("expected of the mismatch").isEqualByComparingTo(mismatch.get("expected").asText());
                assertThat(over).as("actual of the mismatch").isEqualByComparingTo(mismatch.get("actual").asText());
                assertThat(over).as("carriedOver %d vs carriedForward %d", y, y - 1).isNotEqualByComparingTo(forward);
            } else {
                assertThat(over).as("carriedOver %d vs carriedForward %d", y, y - 1).isEqualByComparingTo(forward);
            }
        }
    }

    static BigDecimal total(ReportRecord r, String row) {
        List<BigDecimal> v = r.applications.get(row);
        return v == null || v.size() < 7 || v.get(6) == null ? null : v.get(6);
    }
}
