package io.nianbao.parse.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a table section into a stream of cells, whatever the layout: one cell per line,
 * tab-separated rows, tab-indented cells with labels continued on the next line, markdown pipe rows,
 * several numbers on one line. Labels are cells with CJK text; values are numbers; empty cells are kept.
 */
public final class Cells {
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBERING = Pattern.compile("\\d+[.、]");


    public enum Kind { LABEL, NUMBER, EMPTY }

    public record Token(Kind kind, String text, BigDecimal value, String unit) {
        static Token label(String t) {
            return new Token(Kind.LABEL, t, null, null);
        }

        static Token empty(String t) {
            return new Token(Kind.EMPTY, t, null, null);
        }

        public boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        /** The digits of a whole-number cell (for flattened rows), or null. */
        public String digits() {
            return kind == Kind.NUMBER && ALL_DIGITS.matcher(text).matches() ? text : null;
        }
    }

    /** A run of label cells followed by the value cells (numbers and empties) up to the next label. */
    public record Group(List<Token> labels, List<Token> values) {
        public String labelText() {
            StringBuilder b = new StringBuilder();
            labels.forEach(t -> b.append(t.text()));
            return clean(b.toString());
        }

        public List<Token> numbers() {
            return values.stream().filter(Token::isNumber).toList();
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^([-+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|元|万|件|条|个|项|次)?$");
    private static final Pattern MD_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern EMPTY_MARK = Pattern.compile("^[-—–/\\\\]+$|^无$");
    private static final Pattern HAS_CJK = Pattern.compile("[\\p{IsHan}]");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    private static final Pattern CLEAN = Pattern.compile("[\\s*#]+");

    private Cells() {
    }

    public static String clean(String s) {
        return CLEAN.matcher(s).replaceAll("");
    }

    /** Parses one cell's text; null when it is not a number. */
    public static Token number(String cell) {
        String t = cell.trim();
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "");
        String frac = m.group(3) == null ? "" : m.group(3);
        BigDecimal v = new BigDecimal(digits + frac);
        if ("-".equals(m.group(1))) {
            v = v.negate();
        }
        return new Token(Kind.NUMBER, digits + frac, v, m.group(4));
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean prevSingleTabCell = false;
        for (int li = 0; li < lines.length; li++) {
            String raw = lines[li];
            String line = raw;
            if (line.isEmpty()) {
                prevSingleTabCell = false;
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("|") || (trimmed.endsWith("|") && trimmed.indexOf('|') != trimmed.lastIndexOf('|'))) {
                prevSingleTabCell = false;
                if (MD_SEPARATOR.matcher(trimmed).matches() && !HAS_CJK.matcher(trimmed).find()
                        && !ANY_DIGIT.matcher(trimmed).find()) {
                    continue;
                }
                String inner = trimmed;
                if (inner.startsWith("|")) {
                    inner = inner.substring(1);
                }
                if (inner.endsWith("|")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                for (String cell : inner.split("\\|", -1)) {
                    addCell(out, cell, false);
                }
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 2 && parts[0].isBlank()) { // one tab-indented cell per line
                    addCell(out, parts[1], false);
                    prevSingleTabCell = true;
                } else {
                    for (String cell : parts) {
                        addCell(out, cell, false);
                    }
                    prevSingleTabCell = false;
                }
                continue;
            }
            if (prevSingleTabCell && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.LABEL
                    && HAS_CJK.matcher(trimmed).find()) {
                // a label continued on the next line ("本年新\n制作数量")
                Token last = out.remove(out.size() - 1);
                out.add(Token.label(last.text() + trimmed));
                continue;
            }
            prevSingleTabCell = false;
            addCell(out, line, true);
        }
        return out;
    }

    private static void addCell(List<Token> out, String cell, boolean splitSpaces) {
        String t = cell.strip();
        if (t.isEmpty() || EMPTY_MARK.matcher(t).matches()) {
            out.add(Token.empty(cell));
            return;
        }
        Token n = number(t);
        if (n != null) {
            out.add(n);
            return;
        }
        if (splitSpaces && t.contains(" ")) {
            String[] parts = t.split("\\s+");
            boolean anyNumber = false;
            for (String p : parts) {
                if (number(p) != null) {
                    anyNumber = true;
                    break;
                }
            }
            if (anyNumber) {
                StringBuilder label = new StringBuilder();
                for (String p : parts) {
                    Token pn = number(p);
                    if (pn != null && !(label.length() > 0 && NUMBERING.matcher(p).matches())) {
                        if (label.length() > 0) {
                            out.add(Token.label(label.toString()));
                            label.setLength(0);
                        }
                        out.add(pn);
                    } else {
                        label.append(p);
                    }
                }
                if (label.length() > 0) {
                    out.add(Token.label(label.toString()));
                }
                return;
            }
        }
        out.add(Token.label(t));
    }

    /** Groups: label runs (empties inside a label run do not break it) and the values after them. */
    public static List<Group> groups(List<Token> tokens) {
        List<Group> groups = new ArrayList<>();
        List<Token> labels = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        boolean sawNumber = false;
        for (Token t : tokens) {
            if (t.kind() == Kind.LABEL) {
                if (sawNumber) {
                    groups.add(new Group(List.copyOf(labels), List.copyOf(values)));
                    labels.clear();
                    values.clear();
                    sawNumber = false;
                } else if (!values.isEmpty()) {
                    values.clear(); // empties between labels (merged header cells)
                }
                labels.add(t);
            } else {
                values.add(t);
                if (t.isNumber()) {
                    sawNumber = true;
                }
            }
        }
        if (!labels.isEmpty() || !values.isEmpty()) {
            groups.add(new Group(List.copyOf(labels), List.copyOf(values)));
        }
        return groups;
    }
}
