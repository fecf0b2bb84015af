package io.nianbao.store.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys and the check of a presented one. Only SHA-256 digests are kept; every configured key is
 * compared with {@link MessageDigest#isEqual}, so the time does not depend on which key nearly matched. A key is
 * named in logs and principals by a fingerprint (the first 8 hex digits of its digest), never by its value.
 */
public final class ApiKeys {
    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    public static ApiKeys of(List<String> keys) {
        List<byte[]> d = new ArrayList<>();
        if (keys != null) {
            for (String k : keys) {
                if (k != null && !k.isBlank()) {
                    d.add(sha256(k.trim()));
                }
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
            if (MessageDigest.isEqual(d, p)) {
                found = d;
            }
        }
        return found == null ? Optional.empty() : Optional.of("api-key-" + HexFormat.of().formatHex(found, 0, 4));
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
