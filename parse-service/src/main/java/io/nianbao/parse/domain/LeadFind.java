package io.nianbao.parse.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose every match starts with one of a few known characters (its leads):
 * the text is scanned for a lead character and the pattern is tried only there ({@link Matcher#lookingAt()} on the
 * rest of the text, with transparent bounds so that look-behinds still see what precedes). Finds the same matches
 * as {@code find()} in the same order, at a fraction of the cost on long texts, because java.util.regex tries a
 * pattern that starts with an alternation at every position. The leads must cover every first character a match
 * can have, or matches are missed. Not thread-safe (one per scan).
 */
final class LeadFind {
    private final Matcher m;
    private final String leads;
    private final CharSequence text;
    private int from;

    LeadFind(Pattern pattern, String leads, CharSequence text) {
        this.m = pattern.matcher(text);
        this.m.useTransparentBounds(true);
        this.m.useAnchoringBounds(false);
        this.leads = leads;
        this.text = text;
    }

    boolean find() {
        int len = text.length();
        for (int i = from; i < len; i++) {
            if (leads.indexOf(text.charAt(i)) >= 0) {
                m.region(i, len);
                if (m.lookingAt()) {
                    from = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
        }
        from = len;
        return false;
    }

    int start() {
        return m.start();
    }

    int end() {
        return m.end();
    }

    String group() {
        return m.group();
    }

    String group(int g) {
        return m.group(g);
    }
}
