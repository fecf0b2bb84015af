package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;

import java.util.Comparator;
import java.util.Optional;

/** Locates sections and phrases in {@link ReportRecord#text}, the text every span refers to. */
public final class TextSpans {
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static final int MAX_EVIDENCE = 240;

    private TextSpans() {
    }

    /** [start, end) of a span in the text. */
    public record Span(int start, int end) {
    }

    public static String numeral(int n) {
        return n > 0 && n < NUMERALS.length ? NUMERALS[n] : String.valueOf(n);
    }

    public static Optional<ReportRecord.Section> section(ReportRecord record, int number) {
        if (record.sections == null) {
            return Optional.empty();
        }
        return record.sections.stream().filter(s -> s.number == number).findFirst();
    }

    /**
     * Span of section {@code number}: the parser's span if it gave one, else where the section's own text
     * stands in the text, else from its heading (三、) to the next heading.
     */
    public static Optional<Span> sectionSpan(ReportRecord record, int number) {
        String text = record.text;
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReportRecord.Section> section = section(record, number);
        if (section.isPresent()) {
            ReportRecord.Section s = section.get();
            if (s.start != null && s.end != null && s.start >= 0 && s.end <= text.length() && s.start < s.end) {
                return Optional.of(new Span(s.start, s.end));
            }
            if (s.text != null && s.text.length() >= 4) {
                int at = text.indexOf(s.text);
                if (at >= 0) {
                    return Optional.of(new Span(at, at + s.text.length()));
                }
            }
            if (s.title != null && !s.title.isBlank()) {
                int at = text.indexOf(s.title.strip());
                if (at >= 0) {
                    return Optional.of(new Span(at, nextHeading(text, number, at + 1)));
                }
            }
        }
        int at = heading(text, number, 0);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(at, nextHeading(text, number, at + 1)));
    }

    private static int heading(String text, int number, int from) {
        String n = numeral(number);
        for (String mark : new String[] {n + "、", n + "，", n + ".", n + "．"}) {
            int at = text.indexOf(mark, from);
            while (at >= 0) {
                boolean lineStart = at == 0 || Character.isWhitespace(text.charAt(at - 1))
                        || text.charAt(at - 1) == '#' || text.charAt(at - 1) == '*' || text.charAt(at - 1) == '|';
                if (lineStart) {
                    return at;
                }
                at = text.indexOf(mark, at + 1);
            }
        }
        return -1;
    }

    private static int nextHeading(String text, int number, int from) {
        for (int next = number + 1; next <= 9; next++) {
            int at = heading(text, next, from);
            if (at >= 0) {
                return at;
            }
        }
        return text.length();
    }

    /** First occurrence of any needle inside the span (whitespace in the text ignored), or empty. */
    public static Optional<Span> find(String text, Span within, String... needles) {
        if (text == null || within == null) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(needles)
                .map(n -> findLoose(text, within.start(), within.end(), n))
                .filter(s -> s != null)
                .min(Comparator.comparingInt(Span::start));
    }

    /**
     * First match of a pattern inside the span, whitespace in the text ignored (a label broken over lines still
     * matches), or empty.
     */
    public static Optional<Span> find(String text, Span within, java.util.regex.Pattern pattern) {
        if (text == null || within == null || pattern == null) {
            return Optional.empty();
        }
        int from = Math.max(0, within.start());
        int to = Math.min(text.length(), within.end());
        StringBuilder compact = new StringBuilder(Math.max(0, to - from));
        int[] at = new int[Math.max(0, to - from) + 1];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                at[compact.length()] = i;
                compact.append(c);
            }
        }
        java.util.regex.Matcher m = pattern.matcher(compact);
        if (!m.find() || m.end() == m.start()) {
            return Optional.empty();
        }
        return Optional.of(new Span(at[m.start()], at[m.end() - 1] + 1));
    }

    /** Finds needle in text[from,to) allowing whitespace between its characters. */
    static Span findLoose(String text, int from, int to, String needle) {
        String n = needle.replaceAll("\\s+", "");
        if (n.isEmpty()) {
            return null;
        }
        for (int i = Math.max(0, from); i < to; i++) {
            if (!sameChar(text.charAt(i), n.charAt(0))) {
                continue;
            }
            int j = i;
            int k = 0;
            while (j < to && k < n.length()) {
                char c = text.charAt(j);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    j++;
                    continue;
                }
                if (!sameChar(c, n.charAt(k))) {
                    break;
                }
                j++;
                k++;
            }
            if (k == n.length()) {
                return new Span(i, j);
            }
        }
        return null;
    }

    /** Full-width and half-width brackets, colons and commas compare equal. */
    private static boolean sameChar(char a, char b) {
        return fold(a) == fold(b);
    }

    private static char fold(char c) {
        return switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '，' -> ',';
            case '．' -> '.';
            default -> c;
        };
    }

    /** The text of a span, whitespace runs collapsed, cut to a readable length. */
    public static String excerpt(String text, int start, int end) {
        if (text == null) {
            return null;
        }
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        String out = text.substring(s, e).replaceAll("[\\s\\u00a0]+", " ").strip();
        if (out.length() > MAX_EVIDENCE) {
            out = out.substring(0, MAX_EVIDENCE) + "…";
        }
        return out;
    }

    /** A span starting at {@code at.start()} and running at most {@code length} characters, inside {@code within}. */
    public static Span around(Span at, Span within, int length) {
        int end = Math.min(within == null ? at.end() + length : within.end(), Math.max(at.end(), at.start() + length));
        return new Span(at.start(), Math.max(at.end(), end));
    }

    /** Where the title stands (the report's title if found, else the first non-blank line). */
    public static Optional<Span> titleSpan(ReportRecord record) {
        String text = record.text;
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (record.report != null && record.report.title != null && !record.report.title.isBlank()) {
            Span t = findLoose(text, 0, text.length(), record.report.title.strip());
            if (t != null) {
                return Optional.of(t);
            }
        }
        int s = 0;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = text.indexOf('\n', s);
        return Optional.of(new Span(s, e < 0 ? Math.min(text.length(), s + 80) : Math.min(e, s + 120)));
    }

    /** The tail of the text (for a finding about something absent at the end). */
    public static Optional<Span> tail(ReportRecord record, int length) {
        if (record.text == null || record.text.isBlank()) {
            return Optional.empty();
        }
        String t = record.text.stripTrailing();
        return Optional.of(new Span(Math.max(0, t.length() - length), t.length()));
    }
}
