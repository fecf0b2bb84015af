package io.nianbao.store.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference of two texts by sentence (cut after 。！？；, and at line breaks), by the longest common
 * subsequence of sentences: what a reader compares in two years of one agency's narrative. Whitespace inside a
 * sentence does not count as a difference. Quadratic in the number of sentences; inputs are capped at
 * {@link #MAX_SENTENCES} each (the rest is one trailing part).
 */
public final class TextDiff {
    public static final int MAX_SENTENCES = 2000;

    public enum Op { SAME, REMOVED, ADDED }

    /** One run: the text of A (REMOVED), of B (ADDED) or of both (SAME). */
    public record Part(Op op, String text) {
    }

    private TextDiff() {
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cur.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                flush(out, cur);
            }
        }
        flush(out, cur);
        if (out.size() > MAX_SENTENCES) {
            List<String> capped = new ArrayList<>(out.subList(0, MAX_SENTENCES - 1));
            capped.add(String.join("", out.subList(MAX_SENTENCES - 1, out.size())));
            return capped;
        }
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        cur.setLength(0);
    }

    static String key(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    public static List<Part> diff(String a, String b) {
        List<String> x = sentences(a);
        List<String> y = sentences(b);
        int n = x.size();
        int m = y.size();
        String[] kx = x.stream().map(TextDiff::key).toArray(String[]::new);
        String[] ky = y.stream().map(TextDiff::key).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = kx[i].equals(ky[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && kx[i].equals(ky[j])) {
                add(out, Op.SAME, y.get(j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Op.REMOVED, x.get(i++));
            } else {
                add(out, Op.ADDED, y.get(j++));
            }
        }
        return out;
    }

    /** Appends, merging with the previous run of the same kind. */
    private static void add(List<Part> out, Op op, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Part last = out.remove(out.size() - 1);
            out.add(new Part(op, last.text() + text));
        } else {
            out.add(new Part(op, text));
        }
    }
}
