package io.nianbao.store.domain;

import java.nio.ByteBuffer;

/**
 * A MinHash sketch of a normalized narrative: {@link #HASHES} minimum hash values over its character 5-gram
 * shingles ({@link TextSimilarity#SHINGLE}), one per hash function. The share of positions where two sketches
 * agree estimates the Jaccard similarity of the two shingle sets (standard error sqrt(J(1-J)/128): 0.027 at
 * J = 0.9). For the index (locality-sensitive hashing) the sketch is cut into {@link #BANDS} bands of
 * {@link #ROWS} rows; two texts share at least one band hash with probability 1-(1-J^8)^16: 0.9999 at
 * J = 0.9, 0.61 at 0.7, 0.06 at 0.5, so the band lookup finds the near copies and few others.
 */
public final class MinHash {
    public static final int HASHES = 128;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            s[i] = x;
        }
        return s;
    }

    /** SplitMix64's finalizer: a good 64-bit mixing function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the chars {@code [from, to)}, mixed. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The sketch of a {@link TextSimilarity#normalize normalized} text; null for an empty text. */
    public static int[] of(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        int n = TextSimilarity.SHINGLE;
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int last = normalized.length() < n ? 1 : normalized.length() - n + 1;
        long[] seen = new long[last];
        for (int i = 0; i < last; i++) {
            seen[i] = hash(normalized, i, Math.min(normalized.length(), i + n));
        }
        java.util.Arrays.sort(seen); // equal shingles once: a set, as Jaccard wants
        long prev = 0;
        for (int i = 0; i < seen.length; i++) {
            if (i > 0 && seen[i] == prev) {
                continue;
            }
            prev = seen[i];
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(seen[i] ^ SEEDS[k]) >>> 33); // 31 bits, non-negative
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two sketches, in [0, 1]; 0 when one is missing. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** The {@link #BANDS} band hashes of a sketch: band index and its rows hashed together. */
    public static long[] bands(int[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(0x5851F42D4C957F2DL * (b + 1));
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    public static byte[] toBytes(int[] sig) {
        if (sig == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) {
            buf.putInt(v);
        }
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != HASHES * 4) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] out = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = buf.getInt();
        }
        return out;
    }
}
