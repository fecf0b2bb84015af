package io.nianbao.parse.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.TruthComparison;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real documents are the measure: every document of {@code data/real} (real reports as published or crawled, and
 * the forms derived from them by the documented transforms of {@code data/real/make-derived.sh}) goes through the
 * service's own path (extraction, then the parser) and is compared with its truth field by field. PRINTS a table of
 * fields right per document and per form, and every wrong field; FAILS when any document reads below 100%.
 */
class RealDocumentsAccuracyTest {

    static final ParseService SERVICE = new ParseService(new DocumentExtractor(), new ReportParser(),
            new SimpleMeterRegistry());

    record Score(String form, String document, int matched, int total, List<String> wrong) {
    }

    static Path real() {
        Path module = Path.of(System.getProperty("user.dir"));
        Path real = module.resolve("../data/real").normalize();
        assertThat(real).as("data/real").isDirectory();
        return real;
    }

    static String mediaType(String name) {
        String n = name.toLowerCase();
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "text/plain";
    }

    @Test
    void everyRealDocumentReadsAllItsTruthFields() throws IOException {
        List<Score> scores = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> s = Files.list(real())) {
            forms = s.filter(p -> Files.isDirectory(p.resolve("truth"))).sorted().toList();
        }
        assertThat(forms).as("forms under data/real").isNotEmpty();
        for (Path form : forms) {
            List<Path> truths;
            try (Stream<Path> s = Files.list(form.resolve("truth"))) {
                truths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path truthFile : truths) {
                String stem = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
                Path doc;
                try (Stream<Path> s = Files.list(form)) {
                    doc = s.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().replaceFirst("\\.[^.]+$", "").equals(stem))
                            .findFirst().orElse(null);
                }
                assertThat(doc).as("document for " + truthFile).isNotNull();
                JsonNode truth = Json.mapper().readTree(truthFile.toFile());
                ReportRecord rec = SERVICE.parse(Files.readAllBytes(doc),
                        SourceInfo.of(doc.getFileName().toString(), mediaType(doc.getFileName().toString())));
                TruthComparison.Result r = TruthComparison.compare(truth, rec, Set.of());
                scores.add(new Score(form.getFileName().toString(), stem, r.matched(), r.total(), r.mismatches()));
            }
        }
        Map<String, int[]> byForm = new LinkedHashMap<>();
        System.out.println("RealDocumentsAccuracyTest: fields right per document of data/real");
        System.out.printf("  %-20s %-42s %9s %8s%n", "form", "document", "fields", "right");
        for (Score s : scores) {
            System.out.printf("  %-20s %-42s %4d/%-4d %7.2f%%%n", s.form(), s.document(), s.matched(), s.total(),
                    100.0 * s.matched() / Math.max(1, s.total()));
            s.wrong().stream().limit(15).forEach(w -> System.out.println("      wrong: " + w));
            int[] f = byForm.computeIfAbsent(s.form(), k -> new int[3]);
            f[0] += s.matched();
            f[1] += s.total();
            f[2]++;
        }
        int m = 0;
        int t = 0;
        System.out.println("RealDocumentsAccuracyTest: per form");
        for (var e : byForm.entrySet()) {
            int[] f = e.getValue();
            System.out.printf("  %-20s %3d documents %5d/%-5d %7.2f%%%n", e.getKey(), f[2], f[0], f[1], 100.0 * f[0] / f[1]);
            m += f[0];
            t += f[1];
        }
        System.out.printf("RealDocumentsAccuracyTest: all %d documents %d/%d fields right = %.2f%%%n", scores.size(), m, t,
                100.0 * m / t);
        Map<String, String> known = knownMisses();
        List<String> below = scores.stream().filter(s -> s.matched() < s.total())
                .filter(s -> !known.containsKey(s.form() + "/" + s.document()))
                .map(s -> s.form() + "/" + s.document() + " " + s.matched() + "/" + s.total()).toList();
        List<String> nowRight = scores.stream().filter(s -> s.matched() == s.total())
                .map(s -> s.form() + "/" + s.document()).filter(known::containsKey).toList();
        known.forEach((doc, why) -> System.out.println("RealDocumentsAccuracyTest: known miss " + doc + ": " + why));
        assertThat(below).as("documents of data/real below 100% of their truth fields").isEmpty();
        assertThat(nowRight).as("documents listed in data/real/known-misses.tsv that now read 100%: remove them")
                .isEmpty();
    }

    /** form/document -> reason, from data/real/known-misses.tsv. */
    static Map<String, String> knownMisses() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path f = real().resolve("known-misses.tsv");
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.split("\t", 2);
                    out.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
                }
            }
        }
        return out;
    }
}
