package io.nianbao.parse.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.ExtractedDocument;
import io.nianbao.parse.extract.UnreadableDocumentException;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes and source metadata to a {@link ReportRecord}: extract the structured text, parse it with
 * {@link ReportParser}, fill documentId (SHA-256 of the bytes) and source, put the extraction's notes first in
 * parseNotes. Deterministic: the same bytes and metadata give the same record.
 *
 * <p>Metrics: {@code nianbao.parse.documents} (counter, tags {@code outcome}=parsed|failed and {@code reason}),
 * {@code nianbao.parse.duration} (timer, tag {@code outcome}).
 */
@Singleton
public class ParseService {
    private final DocumentExtractor extractor;
    private final ReportParser parser;
    private final MeterRegistry registry;
    private final Counter parsed;
    private final Timer parsedTime;
    private final Timer failedTime;

    @Inject
    public ParseService(DocumentExtractor extractor, ReportParser parser, MeterRegistry registry) {
        this.extractor = extractor;
        this.parser = parser;
        this.registry = registry;
        this.parsed = Counter.builder("nianbao.parse.documents").tag("outcome", "parsed").tag("reason", "none")
                .description("documents parsed or refused").register(registry);
        this.parsedTime = Timer.builder("nianbao.parse.duration").tag("outcome", "parsed")
                .description("time to extract and parse one document").register(registry);
        this.failedTime = Timer.builder("nianbao.parse.duration").tag("outcome", "failed").register(registry);
        io.micrometer.core.instrument.Gauge.builder("nianbao.parse.extraction.abandoned", extractor,
                        DocumentExtractor::abandoned)
                .description("timed-out extractions whose thread has not stopped").register(registry);
    }

    public DocumentExtractor extractor() {
        return extractor;
    }

    /**
     * @throws UnreadableDocumentException when no text can be had from the bytes
     */
    public ReportRecord parse(byte[] bytes, SourceInfo source) {
        long start = System.nanoTime();
        try {
            ReportRecord record = parseUntimed(bytes, source);
            parsedTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            parsed.increment();
            return record;
        } catch (UnreadableDocumentException e) {
            fail(start, e.reason().name());
            throw e;
        } catch (RuntimeException e) {
            fail(start, "PARSER_ERROR");
            throw e;
        }
    }

    private void fail(long start, String reason) {
        failedTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        registry.counter("nianbao.parse.documents", "outcome", "failed", "reason", reason).increment();
    }

    private ReportRecord parseUntimed(byte[] bytes, SourceInfo source) {
        ExtractedDocument doc = extractor.extract(bytes, source.fileName(), source.claimedMediaType());
        ReportRecord record = parser.parse(doc.text());
        String notAReport = io.nianbao.parse.domain.ReportShape.notAReport(record);
        if (notAReport != null) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_REPORT, doc.mediaType(),
                    "the " + doc.mediaType() + " document is " + notAReport);
        }
        record.documentId = DocumentIds.of(bytes);
        ReportRecord.Source s = new ReportRecord.Source();
        s.fileName = source.fileName();
        s.mediaType = doc.mediaType();
        s.uri = source.uri();
        s.receivedAt = source.receivedAt();
        s.sizeBytes = (long) bytes.length;
        s.agencyHint = source.agencyHint();
        s.channel = source.channel();
        record.source = s;
        List<ReportRecord.ParseNote> notes = new ArrayList<>(doc.notes());
        if (record.parseNotes != null) {
            notes.addAll(record.parseNotes);
        }
        record.parseNotes = notes;
        if (record.parserVersion == null) {
            record.parserVersion = ReportParser.VERSION;
        }
        return record;
    }
}
