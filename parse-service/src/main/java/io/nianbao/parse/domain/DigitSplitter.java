package io.nianbao.parse.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads flattened rows: digit strings whose cells ran together ("640020470" = 64 0 0 2 0 4 70). Enumerates
 * the ways to cut the chunks into exactly n numbers (each "0" or without a leading zero, at most
 * {@link #MAX_DIGITS} digits; a chunk boundary is always a cut) and keeps those the table's structure accepts.
 */
public final class DigitSplitter {
    public static final int MAX_DIGITS = 6;
    /** Safety limit on the readings examined. */
    private static final int MAX_LEAVES = 2_000_000;

    private DigitSplitter() {
    }

    public static List<long[]> split(List<String> chunks, int n, Predicate<long[]> accept, int maxResults) {
        return split(chunks, n, accept, maxResults, MAX_DIGITS);
    }

    /** As {@link #split(List, int, Predicate, int)} with another longest cell (money cells are longer than counts). */
    public static List<long[]> split(List<String> chunks, int n, Predicate<long[]> accept, int maxResults, int maxDigits) {
        List<long[]> out = new ArrayList<>();
        int totalDigits = chunks.stream().mapToInt(String::length).sum();
        if (chunks.isEmpty() || n < chunks.size() || n > totalDigits || totalDigits > (long) n * maxDigits) {
            return out;
        }
        long[] cur = new long[n];
        int[] budget = {MAX_LEAVES};
        recurse(chunks, 0, 0, cur, 0, accept, out, maxResults, budget, maxDigits);
        return out;
    }

    private static void recurse(List<String> chunks, int chunk, int offset, long[] cur, int filled,
                                Predicate<long[]> accept, List<long[]> out, int maxResults, int[] budget, int maxDigits) {
        if (out.size() >= maxResults || budget[0] <= 0) {
            return;
        }
        if (chunk == chunks.size()) {
            budget[0]--;
            if (filled == cur.length && accept.test(cur)) {
                out.add(cur.clone());
            }
            return;
        }
        String c = chunks.get(chunk);
        int remainingInChunk = c.length() - offset;
        int remainingDigitsAfter = 0;
        for (int i = chunk + 1; i < chunks.size(); i++) {
            remainingDigitsAfter += chunks.get(i).length();
        }
        int partsLeft = cur.length - filled;
        int chunksAfter = chunks.size() - chunk - 1;
        if (partsLeft <= 0) {
            return;
        }
        for (int len = 1; len <= Math.min(maxDigits, remainingInChunk); len++) {
            String piece = c.substring(offset, offset + len);
            if (len > 1 && piece.charAt(0) == '0') {
                break;
            }
            boolean chunkDone = len == remainingInChunk;
            int partsAfter = partsLeft - 1;
            // feasibility: the rest of this chunk needs >= 1 part unless done; later chunks need >= 1 each
            int minNeeded = (chunkDone ? 0 : 1) + chunksAfter;
            int digitsAfter = (chunkDone ? 0 : remainingInChunk - len) + remainingDigitsAfter;
            if (partsAfter < minNeeded || partsAfter > digitsAfter || digitsAfter > (long) partsAfter * maxDigits) {
                continue;
            }
            cur[filled] = Long.parseLong(piece);
            if (chunkDone) {
                recurse(chunks, chunk + 1, 0, cur, filled + 1, accept, out, maxResults, budget, maxDigits);
            } else {
                recurse(chunks, chunk, offset + len, cur, filled + 1, accept, out, maxResults, budget, maxDigits);
            }
        }
    }

    /** Accepts a row whose last value is the sum of the ones before it (the 总计 column). */
    public static boolean lastIsSum(long[] v) {
        long s = 0;
        for (int i = 0; i < v.length - 1; i++) {
            s += v[i];
        }
        return s == v[v.length - 1];
    }

    /** Accepts groups of five whose fifth value is the sum of the four before it (section 四). */
    public static boolean groupsOfFiveSum(long[] v) {
        for (int g = 0; g + 5 <= v.length; g += 5) {
            if (v[g] + v[g + 1] + v[g + 2] + v[g + 3] != v[g + 4]) {
                return false;
            }
        }
        return true;
    }
}
