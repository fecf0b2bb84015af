package io.nianbao.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-document INFO lines the services write (console format {@code ... traceId=<32 hex> spanId=<16 hex> ...}):
 * ingest "accepted &lt;id&gt;", parse "parsed &lt;id&gt;", validate "validated &lt;id&gt;", store "stored &lt;id&gt;".
 */
record TraceLines(String traceId, String spanId, String line) {
    private static final Pattern IDS = Pattern.compile("traceId=([0-9a-f]*) spanId=([0-9a-f]*) ");

    /** The last line of the log that says {@code <verb> <documentId>}; empty when there is none yet. */
    static Optional<TraceLines> last(Path log, String verb, String documentId) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        String needle = ") " + verb + " " + documentId;
        String[] lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains(needle)) {
                Matcher m = IDS.matcher(lines[i]);
                return Optional.of(m.find() ? new TraceLines(m.group(1), m.group(2), lines[i])
                        : new TraceLines("", "", lines[i]));
            }
        }
        return Optional.empty();
    }
}
