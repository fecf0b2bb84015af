package io.nianbao.ingest.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory but never more than a limit: the size is checked while reading. */
public final class BoundedReader {
    private BoundedReader() {
    }

    /** Thrown when the stream holds more than the limit; nothing beyond limit + one buffer was read. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    public static byte[] read(InputStream in, long limit) throws IOException {
        return read(in, limit, -1);
    }

    /** @param expected a declared length (e.g. Content-Length), or -1; a declared length above the limit fails at once. */
    public static byte[] read(InputStream in, long limit, long expected) throws IOException {
        if (expected > limit) {
            throw new TooLargeException(limit);
        }
        int initial = (int) Math.min(expected > 0 ? expected : 8192, limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 32));
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
