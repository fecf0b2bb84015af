package io.nianbao.parse.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.TruthComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parses the five real samples and compares every field their truth JSON gives. */
class SampleTruthTest {

    static Path samples;
    static final ReportParser PARSER = new ReportParser();

    @BeforeAll
    static void locate() {
        Path module = Path.of(System.getProperty("user.dir"));
        Path data = module.resolve("../data/samples").normalize();
        samples = Files.isDirectory(data.resolve("truth")) ? data : module.resolve("../../shared/samples").normalize();
        assertTrue(Files.isDirectory(samples.resolve("truth")), "samples not found at " + samples);
    }

    @Test
    void everySampleMatchesItsTruth() throws IOException {
        List<Path> truths;
        try (Stream<Path> s = Files.list(samples.resolve("truth"))) {
            truths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, truths.size(), "five truth files expected");
        int allMatched = 0;
        int allTotal = 0;
        List<String> failures = new ArrayList<>();
        for (Path truthFile : truths) {
            JsonNode truth = Json.mapper().readTree(truthFile.toFile());
            String file = truth.get("file").asText();
            String text = Files.readString(samples.resolve(file), StandardCharsets.UTF_8);
            ReportRecord rec = PARSER.parse(text);
            TruthComparison.Result result = TruthComparison.compare(truth, rec);
            List<String> mismatches = result.mismatches();
            int[] counts = {result.matched(), result.total()};
            System.out.printf("SampleTruthTest %s: %d/%d fields match%s%n", file, counts[0], counts[1],
                    mismatches.isEmpty() ? "" : " MISMATCHES " + mismatches);
            allMatched += counts[0];
            allTotal += counts[1];
            if (!mismatches.isEmpty()) {
                failures.add(file + " " + mismatches);
            }
        }
        System.out.printf("SampleTruthTest total: %d/%d fields match%n", allMatched, allTotal);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(allTotal, allMatched);
    }

    @Test
    void sample000NotesTheLostLabelsAndSample002DoesNotGuess() throws IOException {
        ReportRecord r000 = PARSER.parse(read("000_e68cb52c77f44b56.txt"));
        assertTrue(r000.parseNotes.stream().anyMatch(n -> "LABELS_LOST".equals(n.code) && Integer.valueOf(3).equals(n.section)),
                "000's section 三 lost its labels: a note must say so");
        ReportRecord r002 = PARSER.parse(read("002_a8c5ccbb08d3ebcc.txt"));
        assertFalse(r002.parseNotes.stream().anyMatch(n -> n.table != null), "002 is read without guessing: " + codes(r002));
        ReportRecord r003 = PARSER.parse(read("003_26d78d44b29d2cd6.txt"));
        assertTrue(r003.parseNotes.stream().anyMatch(n -> "TEXT_REPAIRED".equals(n.code)));
        assertTrue(r003.text.contains("索引号") && r003.text.contains("生成日期") && r003.text.contains("靖远县人力资源和社会保障局"),
                "003 reads as Simplified without pinyin");
    }

    @Test
    void statedFiguresThatValidateComparesAreThere() throws IOException {
        ReportRecord r001 = PARSER.parse(read("001_27f8d99802f30b11.txt"));
        List<ReportRecord.StatedFigure> b001 = r001.figures.stream().filter(f -> f.key.equals("breakdown")).toList();
        assertEquals(List.of("489:489", "489:405"), b001.stream()
                .map(f -> f.value.intValue() + ":" + f.parts.stream().mapToInt(p -> p.value.intValue()).sum()).toList(),
                "001: quarters add up to 489, the 20 categories to 405");
        assertEquals(20, b001.get(1).parts.size());

        ReportRecord r000 = PARSER.parse(read("000_e68cb52c77f44b56.txt"));
        List<ReportRecord.StatedFigure> q000 = r000.figures.stream().filter(f -> f.key.equals("quantity")).toList();
        assertTrue(q000.stream().anyMatch(f -> f.value.intValue() == 111 && f.label.contains("回应关切") && f.section == 1));
        assertTrue(q000.stream().anyMatch(f -> f.value.intValue() == 112 && f.label.contains("回应") && f.section == 1));
        for (ReportRecord.StatedFigure f : r000.figures) {
            assertEquals(f.quote, r000.text.substring(f.start, f.end));
        }

        ReportRecord r003 = PARSER.parse(read("003_26d78d44b29d2cd6.txt"));
        assertTrue(r003.figures.stream().anyMatch(f -> f.key.equals("breakdown") && f.value.intValue() == 26
                && f.parts.stream().mapToInt(p -> p.value.intValue()).sum() == 26));
        assertEquals(BigDecimal.ZERO, r003.narrative.get("reviewCount"));
        assertTrue(r003.text.contains("白银区子网站"));

        for (String f : List.of("002_a8c5ccbb08d3ebcc.txt", "004_c11da406a9962a57.txt")) {
            ReportRecord r = PARSER.parse(read(f));
            assertEquals(BigDecimal.ZERO, r.narrative.get("reviewCount"), f);
            assertEquals(BigDecimal.ZERO, r.narrative.get("litigationCount"), f);
            assertEquals(BigDecimal.ZERO, r.narrative.get("feeCollected"), f);
        }
    }

    private static List<String> codes(ReportRecord r) {
        return r.parseNotes.stream().map(n -> n.code + ":" + n.message).toList();
    }

    static String read(String name) throws IOException {
        Path dir = samples;
        if (dir == null) {
            locate();
            dir = samples;
        }
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
