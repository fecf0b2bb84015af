package io.nianbao.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server (com.sun.net.httpserver) on 127.0.0.1 that tests give documents, redirects and traps. */
public final class LocalWebServer implements AutoCloseable {
    private final HttpServer server;
    public final AtomicInteger hits = new AtomicInteger();
    /** The Host header of the last document request. */
    public final java.util.concurrent.atomic.AtomicReference<String> lastHost = new java.util.concurrent.atomic.AtomicReference<>();

    public LocalWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalWebServer document(String path, String contentType, byte[] body) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            lastHost.set(ex.getRequestHeaders().getFirst("Host"));
            ex.getResponseHeaders().add("Content-Type", contentType);
            send(ex, 200, body);
        });
        return this;
    }

    public LocalWebServer redirect(String path, String location) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().add("Location", location);
            send(ex, 302, new byte[0]);
        });
        return this;
    }

    public LocalWebServer status(String path, int status) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            send(ex, status, "no".getBytes());
        });
        return this;
    }

    /** Streams {@code size} bytes without a Content-Length (chunked). */
    public LocalWebServer endless(String path, long size) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[8192];
                java.util.Arrays.fill(chunk, (byte) 'a');
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException ignored) {
                // the client hung up: expected
            }
        });
        return this;
    }

    /** Sends headers, then stalls the body. */
    public LocalWebServer stall(String path, long millis) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, 100);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html>".getBytes());
                out.flush();
                Thread.sleep(millis);
            } catch (IOException | InterruptedException ignored) {
                // the client gave up: expected
            }
        });
        return this;
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
