package io.nianbao.store.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * Similarity of two narratives: character 5-gram shingles of the text without numbers, whitespace and
 * punctuation, compared by Jaccard (|A∩B| / |A∪B|). Chinese has no word boundaries, so character n-grams are
 * the natural unit; removing the numbers makes a copied report with this year's figures still a copy.
 */
public final class TextSimilarity {
    public static final int SHINGLE = 5;

    private TextSimilarity() {
    }

    /** Keeps letters only (CJK ideographs and Latin letters), drops digits, spaces, punctuation and symbols. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return sb.toString();
    }

    public static Set<String> shingles(String normalized) {
        Set<String> out = new HashSet<>();
        if (normalized.length() < SHINGLE) {
            if (!normalized.isEmpty()) {
                out.add(normalized);
            }
            return out;
        }
        for (int i = 0; i + SHINGLE <= normalized.length(); i++) {
            out.add(normalized.substring(i, i + SHINGLE));
        }
        return out;
    }

    /** Jaccard similarity of the shingle sets of two normalized texts, in [0, 1]. */
    public static double similarity(String normalizedA, String normalizedB) {
        Set<String> a = shingles(normalizedA);
        Set<String> b = shingles(normalizedB);
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * Lengths a text can have to reach {@code threshold} Jaccard with a text of {@code length} characters
     * (|A∩B|/|A∪B| ≤ min/max): used to bound the candidate set in SQL.
     */
    public static int[] lengthBounds(int length, double threshold) {
        return new int[]{(int) Math.floor(length * threshold) - SHINGLE, (int) Math.ceil(length / threshold) + SHINGLE};
    }
}
