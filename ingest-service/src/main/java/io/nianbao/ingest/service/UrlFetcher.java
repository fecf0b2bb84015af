package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.AddressPolicy;
import io.nianbao.ingest.domain.BoundedReader;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.UrlPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one URL defensively: only http/https ({@link UrlPolicy}); the host is resolved and EVERY address
 * must pass the {@link AddressPolicy} before a connection is made; redirects are followed by hand (at most
 * {@code maxRedirects}) and each hop is checked again; connect timeout, a whole-response deadline per hop
 * (the stream is closed when it passes) and a size bound checked while reading. No proxy is used (a proxy would
 * hide the real destination). Residual risk: the HTTP client resolves the host again after our check; the JVM's
 * positive DNS cache (30 s by default) normally answers that second lookup with the checked addresses, which
 * narrows, but does not close, a DNS-rebinding window.
 */
public final class UrlFetcher implements AutoCloseable {
    /** What a fetch produced: the bytes, or a refusal. */
    public record Outcome(byte[] bytes, URI finalUri, String contentType, String fileName, Refusal refusal,
                          String detail) {
        static Outcome refused(Refusal r, String detail) {
            return new Outcome(null, null, null, null, r, detail);
        }

        public boolean ok() {
            return refusal == null;
        }
    }

    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern FILENAME = Pattern.compile(
            "filename\\*=(?:UTF-8|utf-8)''([^;]+)|filename=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private final AddressPolicy addresses;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final String userAgent;
    private final Resolver resolver;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    public UrlFetcher(AddressPolicy addresses, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                      long maxBytes, String userAgent, Resolver resolver) {
        this.addresses = addresses;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Outcome fetch(String url) {
        UrlPolicy.Result first = UrlPolicy.check(url);
        if (!first.ok()) {
            return Outcome.refused(Refusal.BAD_URL, first.refusal());
        }
        URI uri = first.uri().orElseThrow();
        for (int hop = 0; ; hop++) {
            Optional<String> blocked = blocked(uri);
            if (blocked.isPresent()) {
                return Outcome.refused(Refusal.ADDRESS_BLOCKED, (hop == 0 ? "" : "redirect hop " + hop + " to " + uri + ": ")
                        + blocked.get());
            }
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(uri).GET().timeout(readTimeout)
                        .header("User-Agent", userAgent).header("Accept", "*/*").build();
            } catch (IllegalArgumentException e) {
                return Outcome.refused(Refusal.BAD_URL, "not a fetchable URL: " + e.getMessage());
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                return Outcome.refused(Refusal.FETCH_FAILED, uri + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.refused(Refusal.FETCH_FAILED, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return Outcome.refused(Refusal.FETCH_FAILED, uri + " answered " + status + " without a Location");
                }
                if (hop >= maxRedirects) {
                    return Outcome.refused(Refusal.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects, last to "
                            + location.get());
                }
                URI next;
                try {
                    next = uri.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    return Outcome.refused(Refusal.BAD_URL, "redirect to an invalid URL: " + location.get());
                }
                UrlPolicy.Result checked = UrlPolicy.check(next.toString());
                if (!checked.ok()) {
                    return Outcome.refused(Refusal.BAD_URL, "redirect hop " + (hop + 1) + " to " + next + ": " + checked.refusal());
                }
                uri = checked.uri().orElseThrow();
                continue;
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                return Outcome.refused(Refusal.FETCH_FAILED, uri + " answered HTTP " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            InputStream body = response.body();
            ScheduledFuture<?> deadline = watchdog.schedule(() -> closeQuietly(body), readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try (body) {
                byte[] bytes = BoundedReader.read(body, maxBytes, declared);
                return new Outcome(bytes, uri, response.headers().firstValue("Content-Type").orElse(null),
                        fileName(uri, response.headers().firstValue("Content-Disposition").orElse(null)), null, null);
            } catch (BoundedReader.TooLargeException e) {
                return Outcome.refused(Refusal.TOO_LARGE, uri + " delivers more than the limit of " + maxBytes + " bytes");
            } catch (IOException e) {
                return Outcome.refused(Refusal.FETCH_FAILED, uri + ": reading the body failed or took longer than "
                        + readTimeout + " (" + describe(e) + ")");
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private Optional<String> blocked(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] all;
        try {
            all = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        if (all == null || all.length == 0) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress a : all) {
            Optional<String> r = addresses.refusal(a);
            if (r.isPresent()) {
                return Optional.of(host + " resolves to " + r.get());
            }
        }
        return Optional.empty();
    }

    static String fileName(URI uri, String contentDisposition) {
        if (contentDisposition != null) {
            Matcher m = FILENAME.matcher(contentDisposition);
            if (m.find()) {
                String v = m.group(1) != null ? m.group(1) : m.group(2);
                return URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return null;
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
