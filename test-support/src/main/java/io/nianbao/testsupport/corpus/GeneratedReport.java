package io.nianbao.testsupport.corpus;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One generated report: the record a correct parse must give ({@link #expected()}, with
 * {@code text} set to {@link #text()} and every span pointing into it), the canonical text, and
 * the document model the {@link Renderer} draws from.
 */
public final class GeneratedReport {
    private final ReportRecord expected;
    private final Doc doc;
    private final Place place;
    private final long seed;
    private final Set<Irregularity> irregularities;

    GeneratedReport(ReportRecord expected, Doc doc, Place place, long seed) {
        this(expected, doc, place, seed, Set.of());
    }

    GeneratedReport(ReportRecord expected, Doc doc, Place place, long seed, Set<Irregularity> irregularities) {
        this.expected = expected;
        this.doc = doc;
        this.place = place;
        this.seed = seed;
        this.irregularities = irregularities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(irregularities));
    }

    /** What of real reports this report's truth carries (blank columns, mixed generations, published inconsistencies). */
    public Set<Irregularity> irregularities() {
        return irregularities;
    }

    /**
     * The in-report rule ids validate must report on this record as generated (empty for a consistent report;
     * e.g. APP_TOTAL_ROW for {@link Irregularity#TOTAL_ROW_PRINTED_ZERO}): {@link Identities#violated} of the
     * expected record, so that a published inconsistency is a known finding, not a parse error.
     */
    public Set<String> expectedFindings() {
        return Identities.violated(expected);
    }

    /**
     * A report to render that the generator did not make, e.g. a real sample re-laid out: {@code expected}
     * needs at least {@code report.title}, {@code report.agency} and {@code report.reportYear} (the
     * renderers write them into file names and portal chrome); {@code place} gives the portal's name and code.
     */
    public static GeneratedReport of(ReportRecord expected, Doc doc, Place place, long seed) {
        return new GeneratedReport(expected, doc, place, seed);
    }

    /** The expected record. Shared instance: use {@link #expectedCopy()} before changing it. */
    public ReportRecord expected() {
        return expected;
    }

    /** A deep copy of the expected record (JSON round trip). */
    public ReportRecord expectedCopy() {
        return copy(expected);
    }

    /**
     * The expected record for one rendering: a copy with {@code documentId} (SHA-256 of the bytes)
     * and {@code source} (fileName, mediaType, sizeBytes) set. Its {@code text} and every span still
     * refer to the canonical text, not to what an extractor makes of the rendered bytes: compare
     * figures by value/quote, not by offset, across layouts.
     */
    public ReportRecord expectedFor(RenderedDocument d) {
        ReportRecord r = expectedCopy();
        r.documentId = io.nianbao.contract.DocumentIds.of(d.bytes());
        r.source = new ReportRecord.Source();
        r.source.fileName = d.fileName();
        r.source.mediaType = d.mediaType();
        r.source.sizeBytes = (long) d.bytes().length;
        return r;
    }

    /** The canonical plain text (= {@code expected().text}). */
    public String text() {
        return expected.text;
    }

    public String template() {
        return expected.report.template;
    }

    public int reportYear() {
        return expected.report.reportYear;
    }

    public Place place() {
        return place;
    }

    public Doc doc() {
        return doc;
    }

    /** A seed derived from the generator's, for renderers that want per-report variation. */
    public long seed() {
        return seed;
    }

    /** The title with a file-name-safe form, e.g. for RenderedDocument names. */
    public String baseName() {
        return expected.report.title;
    }

    static ReportRecord copy(ReportRecord r) {
        return Json.read(Json.toBytes(r), ReportRecord.class);
    }

    @Override
    public String toString() {
        return expected.report.title + " [" + expected.report.template + "]";
    }
}
