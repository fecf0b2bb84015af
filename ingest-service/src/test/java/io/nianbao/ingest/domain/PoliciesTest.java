package io.nianbao.ingest.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoliciesTest {
    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void addressPolicyRefusesInternalAddresses() throws Exception {
        AddressPolicy strict = new AddressPolicy(false);
        assertThat(strict.refusal(ip("127.0.0.1"))).hasValueSatisfying(r -> assertThat(r).startsWith("loopback"));
        assertThat(strict.refusal(ip("127.5.6.7"))).isPresent();
        assertThat(strict.refusal(ip("::1"))).hasValueSatisfying(r -> assertThat(r).startsWith("loopback"));
        assertThat(strict.refusal(ip("169.254.169.254"))).hasValueSatisfying(r -> assertThat(r).startsWith("link-local"));
        assertThat(strict.refusal(ip("fe80::1"))).hasValueSatisfying(r -> assertThat(r).startsWith("link-local"));
        for (String p : List.of("10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "fc00::1", "fd12:3456::1",
                "100.64.0.1")) {
            assertThat(strict.refusal(ip(p))).as(p).isPresent();
        }
        assertThat(strict.refusal(ip("0.0.0.0"))).hasValueSatisfying(r -> assertThat(r).startsWith("unspecified"));
        assertThat(strict.refusal(ip("::"))).hasValueSatisfying(r -> assertThat(r).startsWith("unspecified"));
        assertThat(strict.refusal(ip("224.0.0.1"))).hasValueSatisfying(r -> assertThat(r).startsWith("multicast"));
        assertThat(strict.refusal(ip("ff02::1"))).hasValueSatisfying(r -> assertThat(r).startsWith("multicast"));
        assertThat(strict.refusal(ip("255.255.255.255"))).isPresent();
        // IPv6 spellings of internal IPv4 addresses
        assertThat(strict.refusal(ip("::ffff:127.0.0.1"))).isPresent();
        assertThat(strict.refusal(ip("::ffff:169.254.169.254"))).isPresent();
        assertThat(strict.refusal(ip("64:ff9b::a00:1"))).isPresent();
        assertThat(strict.refusal(ip("2002:c0a8:0101::1"))).isPresent();
        // public addresses pass
        for (String p : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "1.1.1.1")) {
            assertThat(strict.refusal(ip(p))).as(p).isEmpty();
        }
    }

    @Test
    void allowPrivateStillRefusesUnspecifiedAndMulticast() throws Exception {
        AddressPolicy lax = new AddressPolicy(true);
        assertThat(lax.refusal(ip("127.0.0.1"))).isEmpty();
        assertThat(lax.refusal(ip("10.1.2.3"))).isEmpty();
        assertThat(lax.refusal(ip("0.0.0.0"))).isPresent();
        assertThat(lax.refusal(ip("239.1.1.1"))).isPresent();
        AddressPolicy excepted = new AddressPolicy(false, Set.of(ip("127.0.0.1")));
        assertThat(excepted.refusal(ip("127.0.0.1"))).isEmpty();
        assertThat(excepted.refusal(ip("127.0.0.2"))).isPresent();
    }

    @Test
    void urlPolicyTakesOnlyHttpAndHttps() {
        assertThat(UrlPolicy.check("https://www.gov.cn/a.html").ok()).isTrue();
        assertThat(UrlPolicy.check("HTTP://example.org/").ok()).isTrue();
        assertThat(UrlPolicy.check("file:///etc/passwd").refusal()).contains("file");
        assertThat(UrlPolicy.check("ftp://example.org/x").ok()).isFalse();
        assertThat(UrlPolicy.check("gopher://127.0.0.1:6379/_").ok()).isFalse();
        assertThat(UrlPolicy.check("/relative").ok()).isFalse();
        assertThat(UrlPolicy.check("http://user:pw@example.org/").refusal()).contains("credentials");
        assertThat(UrlPolicy.check("http://exa mple.org/").ok()).isFalse();
        assertThat(UrlPolicy.check("").ok()).isFalse();
    }

    @Test
    void inboxWaitsUntilAFileIsStableAndIgnoresTemporaryNames() {
        InboxTracker t = new InboxTracker(2);
        var a1 = new InboxTracker.FileState(10, 1000);
        var a2 = new InboxTracker.FileState(20, 2000);
        assertThat(t.poll(Map.of("a.pdf", a1, "b.pdf.part", a1, ".hidden", a1))).isEmpty();
        assertThat(t.poll(Map.of("a.pdf", a2))).as("grew: count restarts").isEmpty();
        assertThat(t.poll(Map.of("a.pdf", a2))).isEmpty();
        assertThat(t.poll(Map.of("a.pdf", a2))).containsExactly("a.pdf");
        t.forget("a.pdf");
        assertThat(t.poll(Map.of())).isEmpty();
        assertThat(t.tracked()).isZero();
        assertThat(InboxTracker.ignored("x.crdownload")).isTrue();
        assertThat(InboxTracker.ignored("x.pdf.reason.txt")).isTrue();
        assertThat(InboxTracker.ignored("年报.docx")).isFalse();
        assertThatThrownBy(() -> new InboxTracker(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundedReaderStopsAtTheLimit() throws Exception {
        assertThat(BoundedReader.read(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThatThrownBy(() -> BoundedReader.read(new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOf(BoundedReader.TooLargeException.class);
        assertThatThrownBy(() -> BoundedReader.read(new ByteArrayInputStream(new byte[1]), 100, 101))
                .as("declared length above the limit fails before reading").isInstanceOf(BoundedReader.TooLargeException.class);
        // an endless stream is cut off, not buffered
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> BoundedReader.read(endless, 1 << 20)).isInstanceOf(BoundedReader.TooLargeException.class);
    }

    @Test
    void seenDocumentsRecognisesDuplicatesAndSurvivesFailedPublishes() throws Exception {
        SeenDocuments seen = new SeenDocuments();
        assertThat(seen.claim("a", 1000)).isEqualTo(SeenDocuments.Claim.OWNER);
        seen.published("a");
        assertThat(seen.claim("a", 1000)).isEqualTo(SeenDocuments.Claim.DUPLICATE);
        seen.known("b");
        assertThat(seen.contains("b")).isTrue();
        assertThat(seen.claim("b", 1000)).isEqualTo(SeenDocuments.Claim.DUPLICATE);

        assertThat(seen.claim("c", 1000)).isEqualTo(SeenDocuments.Claim.OWNER);
        seen.failed("c");
        assertThat(seen.contains("c")).isFalse();
        assertThat(seen.claim("c", 1000)).as("a failed publish leaves no false duplicate").isEqualTo(SeenDocuments.Claim.OWNER);

        // a second claim waits for the owner in flight
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<SeenDocuments.Claim> second = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try {
                return seen.claim("c", 10_000);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        started.await();
        assertThat(second).isNotDone();
        seen.failed("c");
        assertThat(second.get(10, TimeUnit.SECONDS)).as("takes over after the owner failed").isEqualTo(SeenDocuments.Claim.OWNER);
        seen.published("c");
        assertThat(seen.claim("c", 10)).isEqualTo(SeenDocuments.Claim.DUPLICATE);
    }

    @Test
    void batchStatus() {
        assertThat(BatchOutcome.status(List.of(202, 415))).isEqualTo(202);
        assertThat(BatchOutcome.status(List.of(200, 415))).isEqualTo(200);
        assertThat(BatchOutcome.status(List.of(415, 415))).isEqualTo(415);
        assertThat(BatchOutcome.status(List.of(415, 400))).isEqualTo(422);
        assertThat(BatchOutcome.status(List.of(403, 502))).isEqualTo(502);
        assertThat(BatchOutcome.status(List.of())).isEqualTo(400);
    }
}
