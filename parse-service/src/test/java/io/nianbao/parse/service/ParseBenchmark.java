package io.nianbao.parse.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.TestDocuments;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.Layout;
import io.nianbao.testsupport.corpus.RenderedDocument;
import io.nianbao.testsupport.corpus.Renderer;
import io.nianbao.testsupport.corpus.ReportGenerator;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents per second through {@link ParseService} (extraction + domain parse), through the extraction alone,
 * and through plain Tika
 * ({@link AutoDetectParser} + {@link BodyContentHandler}, text only) on the same generated documents in the same
 * JVM run, for HTML, DOCX, PDF and TXT. Prints figures, asserts nothing about time. Excluded from the default
 * build (tag {@code benchmark}); run it with
 * {@code ./mvnw -o -q -pl parse-service test -Dtest=ParseBenchmark -DexcludedGroups=none -Dgroups=benchmark},
 * or as a main().
 */
@Tag("benchmark")
class ParseBenchmark {
    static final int DOCUMENTS = 40;
    static final int ROUNDS = 3;

    @Test
    void documentsPerSecond() throws Exception {
        run();
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        List<GeneratedReport> reports = new ReportGenerator(7L).generate(DOCUMENTS);
        Renderer renderer = new Renderer(7L);
        AutoDetectParser tika = new AutoDetectParser();
        try (DocumentExtractor extractor = new DocumentExtractor()) {
            ParseService service = new ParseService(extractor, new ReportParser(), new SimpleMeterRegistry());
            System.out.printf("%n[bench] %d documents per format, %d rounds after one warm-up round, %d cores%n",
                    DOCUMENTS, ROUNDS, Runtime.getRuntime().availableProcessors());
            System.out.printf("[bench] %-6s %10s %14s %16s %17s %13s%n", "format", "avg bytes", "service doc/s",
                    "extract-only doc/s", "plain tika doc/s", "service/tika");
            for (Layout layout : List.of(Layout.HTML_TABLE, Layout.DOCX_TABLE, Layout.PDF, Layout.TXT_TABBED)) {
                if (layout == Layout.PDF && TestDocuments.cjkFont() == null) {
                    System.out.println("[bench] PDF skipped: no CJK font (install fonts-wqy-microhei)");
                    continue;
                }
                List<RenderedDocument> docs = new ArrayList<>();
                for (GeneratedReport r : reports) {
                    docs.add(renderer.render(r, layout));
                }
                long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
                // warm-up both paths
                serviceRound(service, docs);
                extractRound(extractor, docs);
                tikaRound(tika, docs);
                long serviceNanos = 0;
                long extractNanos = 0;
                long tikaNanos = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    serviceNanos += serviceRound(service, docs);
                    extractNanos += extractRound(extractor, docs);
                    tikaNanos += tikaRound(tika, docs);
                }
                double serviceRate = docs.size() * ROUNDS / (serviceNanos / 1e9);
                double extractRate = docs.size() * ROUNDS / (extractNanos / 1e9);
                double tikaRate = docs.size() * ROUNDS / (tikaNanos / 1e9);
                System.out.printf("[bench] %-6s %10d %14.1f %18.1f %17.1f %12.2fx%n", layout.extension(),
                        bytes / docs.size(), serviceRate, extractRate, tikaRate, serviceRate / tikaRate);
            }
        }
    }

    static long serviceRound(ParseService service, List<RenderedDocument> docs) {
        long t0 = System.nanoTime();
        for (RenderedDocument d : docs) {
            service.parse(d.bytes(), SourceInfo.of(d.fileName(), d.mediaType()));
        }
        return System.nanoTime() - t0;
    }

    static long extractRound(DocumentExtractor extractor, List<RenderedDocument> docs) {
        long t0 = System.nanoTime();
        for (RenderedDocument d : docs) {
            extractor.extract(d.bytes(), d.fileName(), d.mediaType());
        }
        return System.nanoTime() - t0;
    }

    static long tikaRound(AutoDetectParser tika, List<RenderedDocument> docs) throws Exception {
        long t0 = System.nanoTime();
        for (RenderedDocument d : docs) {
            Metadata md = new Metadata();
            md.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, d.fileName());
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (InputStream in = TikaInputStream.get(d.bytes())) {
                tika.parse(in, handler, md, new ParseContext());
            }
            if (handler.toString().isEmpty()) {
                throw new IllegalStateException("plain Tika read no text from " + d.fileName());
            }
        }
        return System.nanoTime() - t0;
    }
}
