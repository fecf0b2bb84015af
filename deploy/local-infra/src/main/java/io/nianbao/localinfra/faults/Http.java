package io.nianbao.localinfra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.localinfra.LocalPipeline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** Posts documents to ingest and reads store's answers. */
final class Http {
    record Answer(int status, String body, String error) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (Exception e) {
                return null;
            }
        }

        String field(String name) {
            JsonNode j = json();
            return j == null || !j.hasNonNull(name) ? null : j.get(name).asText();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalPipeline pipeline;

    Http(LocalPipeline pipeline) {
        this.pipeline = pipeline;
    }

    Answer post(String fileName, HttpRequest.BodyPublisher body, String contentType) {
        try {
            String uri = pipeline.url("ingest-service") + "/api/documents?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", contentType).header(LocalPipeline.API_KEY_HEADER, pipeline.apiKey())
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, "interrupted");
        } catch (Exception e) {
            return new Answer(-1, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    Answer postFile(Path file) {
        try {
            return post(file.getFileName().toString(), HttpRequest.BodyPublishers.ofFile(file), contentTypeOf(file));
        } catch (Exception e) {
            return new Answer(-1, null, e.toString());
        }
    }

    /** 200 = stored; 404 = not (yet); -1 = store unreachable. */
    int storeStatus(String documentId) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(pipeline.url("store-service") + "/api/reports/" + documentId))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static String contentTypeOf(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".txt")) {
            return "text/plain; charset=UTF-8";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream";
    }
}
