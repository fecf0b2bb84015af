package io.nianbao.ingest.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * SSRF guard for URL fetching: which resolved addresses may be contacted. Refused unless {@code allowPrivate}:
 * loopback (127/8, ::1), link-local (169.254/16 incl. cloud metadata, fe80::/10), private (10/8, 172.16/12,
 * 192.168/16), unique-local (fc00::/7), carrier-grade NAT (100.64/10), 0/8. Always refused: unspecified
 * (0.0.0.0, ::), multicast and broadcast. IPv6 forms that embed an IPv4 address (IPv4-compatible, 6to4,
 * NAT64 64:ff9b::/96) are judged by the embedded address.
 */
public final class AddressPolicy {
    private final boolean allowPrivate;
    private final Set<InetAddress> exceptions;

    public AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, Set.of());
    }

    /** @param exceptions addresses allowed despite the rules (tests reaching their own local server). */
    public AddressPolicy(boolean allowPrivate, Set<InetAddress> exceptions) {
        this.allowPrivate = allowPrivate;
        this.exceptions = Set.copyOf(exceptions);
    }

    public boolean allowPrivate() {
        return allowPrivate;
    }

    /** Empty when the address may be contacted, else the reason (e.g. "loopback address 127.0.0.1"). */
    public Optional<String> refusal(InetAddress address) {
        if (exceptions.contains(address)) {
            return Optional.empty();
        }
        InetAddress a = embeddedIpv4(address).orElse(address);
        String shown = address.getHostAddress();
        if (a.isAnyLocalAddress() || isZeroNetwork(a)) {
            return Optional.of("unspecified address " + shown);
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast address " + shown);
        }
        if (isBroadcast(a)) {
            return Optional.of("broadcast address " + shown);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback address " + shown);
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local address " + shown);
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private address " + shown);
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return Optional.of("unique-local (private) address " + shown);
        }
        if (a instanceof Inet4Address && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64) {
            return Optional.of("carrier-grade NAT (shared) address " + shown);
        }
        return Optional.empty();
    }

    private static boolean isZeroNetwork(InetAddress a) {
        return a instanceof Inet4Address && a.getAddress()[0] == 0;
    }

    private static boolean isBroadcast(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & b[1] & b[2] & b[3]) == (byte) 0xFF;
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        try {
            boolean firstTwelveZero = Arrays.equals(Arrays.copyOfRange(b, 0, 12), new byte[12]);
            // IPv4-compatible ::a.b.c.d (but not :: and ::1 themselves)
            if (firstTwelveZero && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            }
            // IPv4-mapped ::ffff:a.b.c.d (the JDK usually converts these already)
            if (Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            }
            // NAT64 well-known prefix 64:ff9b::/96
            if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8])) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            }
            // 6to4 2002:AABB:CCDD::/48
            if (b[0] == 0x20 && b[1] == 0x02) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
