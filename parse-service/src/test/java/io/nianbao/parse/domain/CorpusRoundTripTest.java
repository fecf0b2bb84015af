package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.Layout;
import io.nianbao.testsupport.corpus.RenderedDocument;
import io.nianbao.testsupport.corpus.Renderer;
import io.nianbao.testsupport.corpus.ReportGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic reports (test-support corpus, with the damage real documents show) rendered in every plain-text
 * layout; the parse should give back the generator's record: metadata, every table cell, every stated figure of
 * the short form. Prints per layout how many do; fails when a layout falls below its floor.
 */
class CorpusRoundTripTest {

    /**
     * Share of documents per layout that must parse back exactly: a ratchet a little below what the parser reads
     * today (the generator's damage comes from real documents, so not every layout reaches 100%; the misses are
     * printed, and the texts written to target/corpus-misses/).
     */
    static final Map<String, Double> FLOORS = Map.of(
            "TXT_LABELLED_CELL_PER_LINE", 0.96, "TXT_UNLABELLED_GRID", 0.96, "TXT_TABBED", 0.96,
            "MARKDOWN_PIPES", 0.96, "TXT_FLATTENED", 0.96, "TRADITIONAL_DAMAGED", 0.96,
            "CRAWLED_ONE_LINE", 0.76, "PDF_TEXT_DETACHED", 0.96, "MARKDOWN_FROM_PDF", 0.96);

    @Test
    void everyTextLayoutOfGeneratedReportsParsesBack() {
        ReportParser parser = new ReportParser();
        ReportGenerator generator = new ReportGenerator(20260101L);
        Renderer renderer = new Renderer(7L);
        Map<String, int[]> perLayout = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            GeneratedReport report = generator.generate();
            ReportRecord expected = report.expected();
            for (Layout layout : Layout.values()) {
                if (!layout.isPlainText()) {
                    continue;
                }
                RenderedDocument doc = renderer.render(report, layout);
                ReportRecord got = parser.parse(doc.utf8());
                List<String> diff = new ArrayList<>();
                same(diff, "reportYear", expected.report.reportYear, got.report.reportYear);
                same(diff, "template", expected.report.template, got.report.template);
                same(diff, "agencyCanonical", expected.report.agencyCanonical, got.report.agencyCanonical);
                same(diff, "regionCode", expected.report.regionCode, got.report.regionCode);
                same(diff, "publishedOn", expected.report.publishedOn, got.report.publishedOn);
                same(diff, "activeDisclosure", plain(expected.activeDisclosure), plain(got.activeDisclosure));
                same(diff, "applications", plain(expected.applications), plain(got.applications));
                same(diff, "reviewLitigation", plain(expected.reviewLitigation), plain(got.reviewLitigation));
                expected.narrative.forEach((k, v) -> same(diff, "narrative." + k, plain(v), plain(got.narrative.get(k))));
                int[] c = perLayout.computeIfAbsent(layout.name(), k -> new int[2]);
                c[1]++;
                if (diff.isEmpty()) {
                    c[0]++;
                } else {
                    failures.add(report + " " + layout + ": " + diff);
                    dump(layout + "-" + i, doc.utf8());
                }
            }
        }
        perLayout.forEach((k, v) -> System.out.printf("CorpusRoundTripTest %s: %d/%d documents parse back exactly%n", k, v[0], v[1]));
        failures.forEach(f -> System.out.println("CorpusRoundTripTest miss: " + (f.length() > 600 ? f.substring(0, 600) + "…" : f)));
        List<String> belowFloor = new ArrayList<>();
        perLayout.forEach((k, v) -> {
            double floor = FLOORS.getOrDefault(k, 0.0);
            if (v[0] < floor * v[1]) {
                belowFloor.add(k + " " + v[0] + "/" + v[1] + " < floor " + floor);
            }
        });
        assertThat(belowFloor).as("layouts below their floor of documents that parse back exactly").isEmpty();
    }

    /** The text of a document that did not parse back, for a reader: target/corpus-misses/. */
    private static void dump(String name, String text) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "corpus-misses");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (java.io.IOException e) {
            // a dump is a convenience
        }
    }

    private static void same(List<String> diff, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diff.add(what + ": expected " + expected + " got " + actual);
        }
    }

    /** Numbers compared by value (0 and 0.0 are the same). */
    private static String plain(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, v) -> s.append(k).append('=').append(plain(v)).append(';'));
            return s.append('}').toString();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(CorpusRoundTripTest::plain).toList().toString();
        }
        return o.toString();
    }
}
