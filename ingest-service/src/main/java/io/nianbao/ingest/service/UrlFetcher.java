package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.AddressPolicy;
import io.nianbao.ingest.domain.BoundedReader;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.UrlPolicy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
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
 * Downloads one URL defensively: only http/https ({@link UrlPolicy}); the host is resolved ONCE per hop and EVERY
 * address must pass the {@link AddressPolicy}; the connection then goes to exactly such a checked address
 * ({@link PinnedHttp}: the name is kept for the Host header, TLS SNI and certificate check, but never resolved
 * again, so a DNS answer that changes between check and connect, "DNS rebinding", cannot redirect us). Redirects
 * are followed by hand (at most {@code maxRedirects}), each hop resolved, checked and pinned again; connect
 * timeout, a whole-response deadline per hop (the connection is closed when it passes) and a size bound checked
 * while reading. No proxy is used (a proxy would hide the real destination).
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
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final String userAgent;
    private final Resolver resolver;
    private final PinnedHttp.Connector connector;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    public UrlFetcher(AddressPolicy addresses, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                      long maxBytes, String userAgent, Resolver resolver) {
        this(addresses, connectTimeout, readTimeout, maxRedirects, maxBytes, userAgent, resolver, PinnedHttp.DIRECT);
    }

    UrlFetcher(AddressPolicy addresses, Duration connectTimeout, Duration readTimeout, int maxRedirects,
               long maxBytes, String userAgent, Resolver resolver, PinnedHttp.Connector connector) {
        this.addresses = addresses;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.resolver = resolver;
        this.connector = connector;
    }

    /** The checked addresses of a hop's host, or why it may not be contacted. */
    private record Checked(InetAddress[] addresses, String refusal) {
    }

    public Outcome fetch(String url) {
        UrlPolicy.Result first = UrlPolicy.check(url);
        if (!first.ok()) {
            return Outcome.refused(Refusal.BAD_URL, first.refusal());
        }
        URI uri = first.uri().orElseThrow();
        for (int hop = 0; ; hop++) {
            Checked checked = check(uri);
            if (checked.refusal() != null) {
                return Outcome.refused(Refusal.ADDRESS_BLOCKED, (hop == 0 ? "" : "redirect hop " + hop + " to " + uri + ": ")
                        + checked.refusal());
            }
            boolean tls = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
            String host = bare(uri.getHost());
            Socket socket = null;
            IOException connectFailure = null;
            for (InetAddress a : checked.addresses()) {
                try {
                    socket = connector.connect(a, port, host, tls, connectTimeout);
                    break;
                } catch (IOException e) {
                    connectFailure = e;
                }
            }
            if (socket == null) {
                return Outcome.refused(Refusal.FETCH_FAILED, uri + ": " + describe(connectFailure));
            }
            Socket connection = socket;
            ScheduledFuture<?> deadline = watchdog.schedule(() -> closeQuietly(connection), readTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try (PinnedHttp.Response response = PinnedHttp.get(connection, uri, userAgent, readTimeout)) {
                int status = response.status;
                if (status >= 300 && status < 400 && status != 304) {
                    Optional<String> location = response.header("Location");
                    if (location.isEmpty()) {
                        return Outcome.refused(Refusal.FETCH_FAILED, uri + " answered " + status + " without a Location");
                    }
                    if (hop >= maxRedirects) {
                        return Outcome.refused(Refusal.TOO_MANY_REDIRECTS, "more than " + maxRedirects
                                + " redirects, last to " + location.get());
                    }
                    URI next;
                    try {
                        next = uri.resolve(location.get().trim());
                    } catch (IllegalArgumentException e) {
                        return Outcome.refused(Refusal.BAD_URL, "redirect to an invalid URL: " + location.get());
                    }
                    UrlPolicy.Result nextChecked = UrlPolicy.check(next.toString());
                    if (!nextChecked.ok()) {
                        return Outcome.refused(Refusal.BAD_URL, "redirect hop " + (hop + 1) + " to " + next + ": "
                                + nextChecked.refusal());
                    }
                    uri = nextChecked.uri().orElseThrow();
                    continue;
                }
                if (status < 200 || status >= 300) {
                    return Outcome.refused(Refusal.FETCH_FAILED, uri + " answered HTTP " + status);
                }
                byte[] bytes = BoundedReader.read(response.body, maxBytes, response.contentLength());
                return new Outcome(bytes, uri, response.header("Content-Type").orElse(null),
                        fileName(uri, response.header("Content-Disposition").orElse(null)), null, null);
            } catch (BoundedReader.TooLargeException e) {
                return Outcome.refused(Refusal.TOO_LARGE, uri + " delivers more than the limit of " + maxBytes + " bytes");
            } catch (IOException e) {
                return Outcome.refused(Refusal.FETCH_FAILED, uri + ": the response failed or took longer than "
                        + readTimeout + " (" + describe(e) + ")");
            } finally {
                deadline.cancel(false);
                closeQuietly(connection);
            }
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private Checked check(URI uri) {
        String host = bare(uri.getHost());
        InetAddress[] all;
        try {
            all = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Checked(null, "host " + host + " does not resolve");
        }
        if (all == null || all.length == 0) {
            return new Checked(null, "host " + host + " does not resolve");
        }
        for (InetAddress a : all) {
            Optional<String> r = addresses.refusal(a);
            if (r.isPresent()) {
                return new Checked(null, host + " resolves to " + r.get());
            }
        }
        return new Checked(all.clone(), null);
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
        if (e == null) {
            return "no address to connect to";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
