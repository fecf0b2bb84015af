package io.nianbao.localinfra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few HTTP calls the bench makes, with timeouts; status codes are returned, not thrown. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;

    Http(String apiKey) {
        this.apiKey = apiKey;
    }

    /** A posted document's answer: HTTP status and documentId (null when refused). */
    record Posted(int status, String documentId, String body) {
    }

    Posted post(String baseUrl, String path, String fileName, byte[] body) {
        try {
            String uri = baseUrl + path + "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", contentType(fileName))
                    .header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            String id = null;
            if (r.statusCode() < 300 && r.body().startsWith("{")) {
                JsonNode n = json.readTree(r.body());
                id = n.path("documentId").asText(null);
            }
            return new Posted(r.statusCode(), id, r.body());
        } catch (IOException e) {
            return new Posted(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Posted(-1, null, "interrupted");
        }
    }

    /** The status of a GET (body discarded); -1 when the service does not answer. */
    int status(String uri) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET()
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String contentType(String fileName) {
        String n = fileName.toLowerCase();
        if (n.endsWith(".html")) {
            return "text/html";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
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
