package io.nianbao.contract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** documentId = lower-case hex SHA-256 of the raw bytes. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{64}");
    }
}
