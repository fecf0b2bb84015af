package io.nianbao.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys and the check of a presented one. Keys are kept only as SHA-256 digests and compared
 * with {@link MessageDigest#isEqual} (time independent of where the bytes differ); every configured key is
 * compared, so the time does not tell which one nearly matched. A key is identified in logs and principals by a
 * short fingerprint (the first 8 hex digits of its digest), never by its value.
 */
public final class ApiKeys {
    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /** Parses a comma-separated list; blanks are ignored. */
    public static ApiKeys parse(String commaSeparated) {
        List<String> keys = new ArrayList<>();
        if (commaSeparated != null) {
            for (String k : commaSeparated.split(",")) {
                keys.add(k);
            }
        }
        return of(keys);
    }

    public static ApiKeys of(List<String> keys) {
        List<byte[]> d = new ArrayList<>();
        for (String k : keys) {
            if (k != null && !k.isBlank()) {
                d.add(sha256(k.trim()));
            }
        }
        return new ApiKeys(List.copyOf(d));
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /** The fingerprint of the configured key equal to {@code presented}, or empty. */
    public Optional<String> match(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] p = sha256(presented.trim());
        byte[] found = null;
        for (byte[] d : digests) {
            if (MessageDigest.isEqual(d, p) && found == null) {
                found = d;
            }
        }
        return found == null ? Optional.empty() : Optional.of(fingerprint(found));
    }

    /** Short id of a key for logs: {@code key-} + 8 hex digits of its SHA-256. */
    public static String fingerprintOf(String key) {
        return fingerprint(sha256(key.trim()));
    }

    private static String fingerprint(byte[] digest) {
        return "key-" + HexFormat.of().formatHex(digest, 0, 4);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
