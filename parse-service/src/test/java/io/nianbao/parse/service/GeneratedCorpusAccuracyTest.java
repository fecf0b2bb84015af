package io.nianbao.parse.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.TestDocuments;
import io.nianbao.parse.extract.UnreadableDocumentException;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.Layout;
import io.nianbao.testsupport.corpus.RenderedDocument;
import io.nianbao.testsupport.corpus.Renderer;
import io.nianbao.testsupport.corpus.ReportGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated reports (test-support corpus, every template) rendered in every layout, each parsed through
 * {@link ParseService} as the service would, every table cell compared with the generator's numbers. PRINTS the
 * cell accuracy per layout and overall, and every miss with whether a parseNote of that table/section explained it.
 * What it asserts is what this module owns: every rendered document is extracted (none refused) and the record
 * carries its identity. The accuracy itself is a figure of the domain parser, printed, not asserted.
 */
class GeneratedCorpusAccuracyTest {
    static final int REPORTS = 36;
    static final long SEED = 20261122L;
    static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    static final ParseService SERVICE = new ParseService(EXTRACTOR, new ReportParser(), new SimpleMeterRegistry());

    record Miss(String doc, Layout layout, String table, String row, String column, BigDecimal expected,
                BigDecimal actual, boolean explained) {
    }

    static final class Tally {
        int documents;
        int cells;
        int correct;
        int refused;
    }

    @Test
    void everyCellOfEveryLayout() {
        boolean pdfFont = TestDocuments.cjkFont() != null;
        List<GeneratedReport> reports = new ReportGenerator(SEED).generate(REPORTS);
        Renderer renderer = new Renderer(SEED);
        Map<Layout, Tally> byLayout = new EnumMap<>(Layout.class);
        List<Miss> misses = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (GeneratedReport report : reports) {
            for (Layout layout : Layout.values()) {
                if (layout == Layout.PDF && !pdfFont) {
                    continue;
                }
                RenderedDocument doc = renderer.render(report, layout);
                Tally tally = byLayout.computeIfAbsent(layout, l -> new Tally());
                tally.documents++;
                ReportRecord expected = report.expected();
                ReportRecord actual;
                try {
                    actual = SERVICE.parse(doc.bytes(), SourceInfo.of(doc.fileName(), doc.mediaType()));
                } catch (UnreadableDocumentException e) {
                    tally.refused++;
                    refusals.add(doc.fileName() + ": " + e.getMessage());
                    continue;
                }
                assertThat(actual.documentId).hasSize(64);
                assertThat(actual.source.sizeBytes).isEqualTo(doc.bytes().length);
                compare(doc.fileName(), layout, expected, actual, tally, misses);
            }
        }

        int cells = byLayout.values().stream().mapToInt(t -> t.cells).sum();
        int correct = byLayout.values().stream().mapToInt(t -> t.correct).sum();
        int docs = byLayout.values().stream().mapToInt(t -> t.documents).sum();
        System.out.printf("%n[accuracy] %d generated reports (seed %d) x %d layouts = %d documents%s%n", reports.size(),
                SEED, byLayout.size(), docs, pdfFont ? "" : " (PDF skipped: no CJK font, install fonts-wqy-microhei)");
        System.out.printf("[accuracy] %-28s %6s %8s %8s %9s%n", "layout", "docs", "cells", "correct", "accuracy");
        byLayout.forEach((l, t) -> System.out.printf("[accuracy] %-28s %6d %8d %8d %8.2f%%%s%n", l, t.documents,
                t.cells, t.correct, pct(t.correct, t.cells), t.refused > 0 ? "  refused " + t.refused : ""));
        System.out.printf("[accuracy] %-28s %6d %8d %8d %8.2f%%%n", "ALL", docs, cells, correct, pct(correct, cells));
        long explained = misses.stream().filter(Miss::explained).count();
        System.out.printf("[accuracy] misses: %d, of which explained by a parseNote of their table/section: %d%n",
                misses.size(), explained);
        misses.stream().limit(200).forEach(m -> System.out.printf("[accuracy] MISS %s %s.%s.%s expected=%s actual=%s %s%n",
                m.layout(), m.table(), m.row(), m.column(), m.expected(), m.actual(),
                m.explained() ? "(explained by a parseNote)" : "(UNEXPLAINED)"));
        if (misses.size() > 200) {
            System.out.printf("[accuracy] ... %d more misses%n", misses.size() - 200);
        }
        refusals.forEach(r -> System.out.println("[accuracy] REFUSED " + r));

        assertThat(refusals).as("generated documents the extractor refused").isEmpty();
        assertThat(cells).isPositive();
    }

    @Test
    void theComparisonSeesAChangedCellAndAMissingTable() {
        GeneratedReport report = new ReportGenerator(SEED).generate(TemplateKeys.T2021, 2022);
        ReportRecord changed = report.expectedCopy();
        String row = changed.applications.keySet().iterator().next();
        changed.applications.get(row).set(0, changed.applications.get(row).get(0).add(BigDecimal.ONE));
        changed.reviewLitigation = null;
        Tally tally = new Tally();
        List<Miss> misses = new ArrayList<>();
        compare("x", Layout.HTML_TABLE, report.expected(), changed, tally, misses);
        assertThat(misses).hasSize(1 + 15);
        assertThat(misses.get(0).row()).isEqualTo(row);
        assertThat(tally.correct).isEqualTo(tally.cells - 16);
    }

    static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    static void compare(String name, Layout layout, ReportRecord expected, ReportRecord actual, Tally tally,
                        List<Miss> misses) {
        if (expected.activeDisclosure != null) {
            expected.activeDisclosure.forEach((row, cols) -> cols.forEach((col, v) -> {
                BigDecimal a = actual.activeDisclosure == null || actual.activeDisclosure.get(row) == null ? null
                        : actual.activeDisclosure.get(row).get(col);
                count(name, layout, TemplateKeys.TABLE_ACTIVE, 2, row, col, v, a, actual, tally, misses);
            }));
        }
        if (expected.applications != null) {
            expected.applications.forEach((row, values) -> {
                List<BigDecimal> got = actual.applications == null ? null : actual.applications.get(row);
                for (int i = 0; i < values.size(); i++) {
                    BigDecimal a = got == null || i >= got.size() ? null : got.get(i);
                    count(name, layout, TemplateKeys.TABLE_APPLICATIONS, 3, row, TemplateKeys.APPLICANT_COLUMNS.get(i),
                            values.get(i), a, actual, tally, misses);
                }
            });
        }
        if (expected.reviewLitigation != null) {
            expected.reviewLitigation.forEach((group, cols) -> cols.forEach((col, v) -> {
                BigDecimal a = actual.reviewLitigation == null || actual.reviewLitigation.get(group) == null ? null
                        : actual.reviewLitigation.get(group).get(col);
                count(name, layout, TemplateKeys.TABLE_REVIEW, 4, group, col, v, a, actual, tally, misses);
            }));
        }
    }

    static void count(String name, Layout layout, String table, int section, String row, String col, BigDecimal expected,
                      BigDecimal actual, ReportRecord record, Tally tally, List<Miss> misses) {
        tally.cells++;
        boolean same = expected == null ? actual == null
                : actual != null && expected.compareTo(actual) == 0;
        if (same) {
            tally.correct++;
            return;
        }
        boolean explained = record.parseNotes != null && record.parseNotes.stream().anyMatch(n ->
                table.equals(n.table) || Objects.equals(n.section, section));
        misses.add(new Miss(name, layout, table, row, col, expected, actual, explained));
    }

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }
}
