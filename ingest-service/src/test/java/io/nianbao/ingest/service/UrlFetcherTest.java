package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.AddressPolicy;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.LocalWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fetcher against a local server, with the strict address policy except for the test server's own address
 * (127.0.0.1), so that redirects to internal addresses are refused exactly as in production.
 */
class UrlFetcherTest {
    static LocalWebServer web;
    static UrlFetcher fetcher;
    static final byte[] HTML = Samples.html("fetch-unit");

    @BeforeAll
    static void start() throws Exception {
        web = new LocalWebServer()
                .document("/report.html", "text/html; charset=utf-8", HTML)
                .redirect("/r1", "/r2")
                .redirect("/r2", "/report.html")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
                .redirect("/to-private", "http://10.0.0.8/admin")
                .redirect("/to-ipv6-loopback", "http://[::1]:8080/")
                .redirect("/to-file", "file:///etc/passwd")
                .redirect("/loop", "/loop")
                .status("/missing", 404)
                .endless("/huge", 5L * 1024 * 1024)
                .endless("/chunked", 81_920)
                .stall("/slow", 10_000);
        AddressPolicy strictButTestServer = new AddressPolicy(false, Set.of(InetAddress.getByName("127.0.0.1")));
        UrlFetcher.Resolver resolver = host -> switch (host) {
            case "evil.example" -> new InetAddress[]{InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.1.1.1")};
            case "nowhere.invalid" -> throw new UnknownHostException(host);
            default -> InetAddress.getAllByName(host);
        };
        fetcher = new UrlFetcher(strictButTestServer, Duration.ofSeconds(2), Duration.ofSeconds(2), 3, 1024 * 1024,
                "test", resolver);
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        web.close();
    }

    @Test
    void fetchesAndFollowsRedirectsHopByHop() {
        UrlFetcher.Outcome o = fetcher.fetch(web.url("/r1"));
        assertThat(o.ok()).as(String.valueOf(o.detail())).isTrue();
        assertThat(o.bytes()).isEqualTo(HTML);
        assertThat(o.finalUri()).isEqualTo(URI.create(web.url("/report.html")));
        assertThat(o.fileName()).isEqualTo("report.html");
        assertThat(o.contentType()).startsWith("text/html");
    }

    @Test
    void redirectsToInternalAddressesAreRefusedBeforeConnecting() {
        UrlFetcher.Outcome meta = fetcher.fetch(web.url("/to-metadata"));
        assertThat(meta.refusal()).isEqualTo(Refusal.ADDRESS_BLOCKED);
        assertThat(meta.detail()).contains("redirect hop 1").contains("link-local").contains("169.254.169.254");
        assertThat(fetcher.fetch(web.url("/to-private")).detail()).contains("private address 10.0.0.8");
        assertThat(fetcher.fetch(web.url("/to-ipv6-loopback")).refusal()).isEqualTo(Refusal.ADDRESS_BLOCKED);
        UrlFetcher.Outcome file = fetcher.fetch(web.url("/to-file"));
        assertThat(file.refusal()).isEqualTo(Refusal.BAD_URL);
        assertThat(file.detail()).contains("file");
    }

    @Test
    void directInternalTargetsAreRefused() {
        assertThat(fetcher.fetch("http://169.254.169.254/latest/meta-data/").refusal()).isEqualTo(Refusal.ADDRESS_BLOCKED);
        assertThat(fetcher.fetch("http://127.0.0.2:1/").refusal()).isEqualTo(Refusal.ADDRESS_BLOCKED);
        assertThat(fetcher.fetch("http://0.0.0.0/").detail()).contains("unspecified");
        assertThat(fetcher.fetch("http://evil.example/").detail()).as("every resolved address must pass")
                .contains("private address 10.1.1.1");
        assertThat(fetcher.fetch("http://nowhere.invalid/").detail()).contains("does not resolve");
        assertThat(fetcher.fetch("ftp://example.org/a.pdf").refusal()).isEqualTo(Refusal.BAD_URL);
    }

    @Test
    void boundsRedirectsSizeAndTime() {
        assertThat(fetcher.fetch(web.url("/loop")).refusal()).isEqualTo(Refusal.TOO_MANY_REDIRECTS);
        UrlFetcher.Outcome huge = fetcher.fetch(web.url("/huge"));
        assertThat(huge.refusal()).isEqualTo(Refusal.TOO_LARGE);
        UrlFetcher.Outcome slow = fetcher.fetch(web.url("/slow"));
        assertThat(slow.refusal()).isEqualTo(Refusal.FETCH_FAILED);
        UrlFetcher.Outcome missing = fetcher.fetch(web.url("/missing"));
        assertThat(missing.refusal()).isEqualTo(Refusal.FETCH_FAILED);
        assertThat(missing.detail()).contains("HTTP 404");
    }

    /** A name that exists nowhere but in the resolver: only a connection to the checked address can reach it. */
    @Test
    void connectsToTheCheckedAddressKeepingTheNameAsHost() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        AtomicInteger lookups = new AtomicInteger();
        // first answer: the allowed test server; every later answer: a private address (a rebinding DNS server)
        UrlFetcher.Resolver rebinding = host -> lookups.getAndIncrement() == 0
                ? new InetAddress[]{loopback} : new InetAddress[]{InetAddress.getByName("10.0.0.9")};
        List<String> connections = new CopyOnWriteArrayList<>();
        PinnedHttp.Connector recording = (address, port, host, tls, timeout) -> {
            connections.add(address.getHostAddress() + " " + host + ":" + port + (tls ? " tls" : ""));
            return PinnedHttp.DIRECT.connect(address, port, host, tls, timeout);
        };
        try (UrlFetcher pinned = new UrlFetcher(new AddressPolicy(false, Set.of(loopback)), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 3, 1024 * 1024, "test", rebinding, recording)) {
            UrlFetcher.Outcome o = pinned.fetch("http://reports.example.test:" + web.port() + "/report.html?y=2022");
            assertThat(o.ok()).as(String.valueOf(o.detail())).isTrue();
            assertThat(o.bytes()).isEqualTo(HTML);
            assertThat(lookups.get()).as("resolved once, never again by the HTTP client").isEqualTo(1);
            assertThat(connections).containsExactly("127.0.0.1 reports.example.test:" + web.port());
            assertThat(web.lastHost.get()).isEqualTo("reports.example.test:" + web.port());
        }
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedWithoutConnecting() {
        List<String> connections = new CopyOnWriteArrayList<>();
        PinnedHttp.Connector recording = (address, port, host, tls, timeout) -> {
            connections.add(address.getHostAddress());
            return PinnedHttp.DIRECT.connect(address, port, host, tls, timeout);
        };
        try (UrlFetcher strict = new UrlFetcher(new AddressPolicy(false), Duration.ofSeconds(2), Duration.ofSeconds(2), 3,
                1024 * 1024, "test", InetAddress::getAllByName, recording)) {
            UrlFetcher.Outcome o = strict.fetch("http://localhost:" + web.port() + "/report.html");
            assertThat(o.refusal()).isEqualTo(Refusal.ADDRESS_BLOCKED);
            assertThat(o.detail()).contains("localhost resolves to loopback");
            assertThat(connections).isEmpty();
        }
    }

    @Test
    void chunkedAndLengthDelimitedBodiesAreReadWhole() {
        UrlFetcher.Outcome chunked = fetcher.fetch(web.url("/chunked"));
        assertThat(chunked.ok()).as(String.valueOf(chunked.detail())).isTrue();
        assertThat(chunked.bytes()).hasSize(81_920).containsOnly((byte) 'a');
    }

    @Test
    void fileNameFromContentDispositionOrPath() {
        assertThat(UrlFetcher.fileName(URI.create("http://x/a/b.pdf"), "attachment; filename*=UTF-8''%E5%B9%B4%E6%8A%A5.docx"))
                .isEqualTo("年报.docx");
        assertThat(UrlFetcher.fileName(URI.create("http://x/a/b.pdf"), "attachment; filename=\"r.doc\"")).isEqualTo("r.doc");
        assertThat(UrlFetcher.fileName(URI.create("http://x/a/b.pdf"), null)).isEqualTo("b.pdf");
        assertThat(UrlFetcher.fileName(URI.create("http://x/"), null)).isNull();
    }
}
