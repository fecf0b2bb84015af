package io.nianbao.parse.domain;

import io.nianbao.parse.domain.Cells.Group;
import io.nianbao.parse.domain.Cells.Token;
import io.nianbao.template.Rows.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout reader for table text whose layout was lost: the rows of a table run together on one line, each row's
 * cells as one digit string, the next row's label glued on ({@code …申请数量210000021二、上年结转…},
 * {@code 1.属于国家秘密00000002.其他法律…} where the trailing {@code 2} is the next row's numbering). It finds
 * each row by the template model's anchor, in the template's order, and hands the digits that stand between
 * one label and the next to the solver as a group (label + number tokens whose cuts may be unknown).
 */
final class GluedRows {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,\\s]+$");
    /** Between two cells of a run: white space (not before a unit), or before a sign that follows a digit. */
    private static final Pattern CHUNK_BREAK = Pattern.compile("\\s+(?![万元])|(?<=\\d)(?=[-+]\\d)");

    private static String leadingDigits(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return s.substring(0, i);
    }


    /** Label text between an anchor and its first digit: no sentence end, no digit, at most this long. */
    private static final int MAX_RESIDUE = 48;
    private static final Pattern VALUE_RUN = Pattern.compile(
            "[-+]?\\d[\\d.,]*(?:\\s*(?:万元|元))?(?:[\\s|]*[-+]?\\d[\\d.,]*(?:\\s*(?:万元|元))?)*");

    /** The groups found, in row order, and how many of the rows were anchored. */
    record Result(List<Group> groups, List<String> rowKeys, int anchored) {
    }

    private GluedRows() {
    }

    static Result read(String text, List<Row> rows) {
        List<int[]> spans = new ArrayList<>(); // per row: anchor start, anchor end, or null
        int pos = 0;
        for (Row row : rows) {
            int[] found = null;
            Matcher m = row.anchor().matcher(text);
            int from = pos;
            while (from < text.length() && m.find(from)) {
                if (residueOk(text, m.end())) {
                    found = new int[] {m.start(), m.end()};
                    break;
                }
                from = m.start() + 1;
            }
            spans.add(found);
            if (found != null) {
                pos = found[1];
            }
        }
        List<Group> groups = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int anchored = 0;
        for (int i = 0; i < rows.size(); i++) {
            int[] s = spans.get(i);
            if (s == null) {
                continue;
            }
            int end = text.length();
            Row next = null;
            for (int j = i + 1; j < rows.size(); j++) {
                if (spans.get(j) != null) {
                    end = spans.get(j)[0];
                    next = rows.get(j);
                    break;
                }
            }
            if (end < s[1]) {
                continue;
            }
            String stretch = text.substring(s[1], end);
            List<Token> values = values(stretch, next);
            if (values.isEmpty()) {
                continue;
            }
            anchored++;
            groups.add(new Group(List.of(Token.label(text.substring(s[0], s[1]))), values));
            keys.add(rows.get(i).key());
            // digits further on in the stretch, after other words, belong to rows whose labels were not found
            List<Token> rest = laterRuns(stretch, next);
            if (!rest.isEmpty()) {
                groups.add(new Group(List.of(), rest));
                keys.add(null);
            }
        }
        return new Result(groups, keys, anchored);
    }

    /** An anchor counts where digits follow after a short label residue without digits or sentence ends. */
    private static boolean residueOk(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + MAX_RESIDUE); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (c == '。' || c == ';' || c == '；' || c == '\n' && i > end + 1 && text.charAt(i - 1) == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * The numbers of one row: the first run of digits after the label residue. A digit glued to the next row's
     * numbering ({@code …00000002.其他…}) belongs to that numbering, not to this row.
     */
    static List<Token> values(String stretch, Row next) {
        int first = -1;
        for (int i = 0; i < stretch.length(); i++) {
            char c = stretch.charAt(i);
            if (Character.isDigit(c)) {
                first = i;
                if (i > 0 && (stretch.charAt(i - 1) == '-' || stretch.charAt(i - 1) == '+')) {
                    first = i - 1;
                }
                break;
            }
        }
        if (first < 0) {
            return List.of();
        }
        Matcher m = VALUE_RUN.matcher(stretch);
        if (!m.find(first) || m.start() != first) {
            return List.of();
        }
        String run = m.group();
        String after = stretch.substring(m.end());
        if (next != null) {
            for (String form : next.numberingForms()) {
                String digits = leadingDigits(form);
                if (digits.isEmpty()) {
                    continue;
                }
                if (run.endsWith(form)) {
                    run = run.substring(0, run.length() - form.length());
                    break;
                }
                if (run.endsWith(digits) && after.startsWith(form.substring(digits.length()))) {
                    run = run.substring(0, run.length() - digits.length());
                    break;
                }
            }
        }
        run = TRAILING_PUNCTUATION.matcher(run).replaceFirst("");
        return tokens(run);
    }

    /** The runs of digits in a stretch after its first run and some words (a block of rows without labels). */
    private static List<Token> laterRuns(String stretch, Row next) {
        Matcher m = VALUE_RUN.matcher(stretch);
        if (!m.find()) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        int from = m.end();
        while (m.find(from)) {
            String between = stretch.substring(from, m.start());
            if (between.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                from = m.end();
                continue; // part of the first run's neighbourhood (a unit, a bracket)
            }
            if (stretch.substring(m.end()).isBlank()) {
                out.addAll(values(stretch.substring(m.start()), next)); // cuts the next row's numbering
            } else {
                out.addAll(tokens(m.group()));
            }
            from = m.end();
        }
        return out;
    }

    /** Number tokens of a run; between pipes (a table row flattened with its cell marks) an empty cell stays one. */
    static List<Token> tokens(String run) {
        List<Token> out = new ArrayList<>();
        if (run.indexOf('|') >= 0) {
            for (String cell : run.split("\\|", -1)) {
                if (cell.isBlank()) {
                    out.add(Token.empty(cell));
                } else {
                    out.addAll(tokens(cell));
                }
            }
            return out;
        }
        for (String chunk : CHUNK_BREAK.split(run.trim())) {
            if (chunk.isEmpty()) {
                continue;
            }
            Token t = Cells.number(chunk);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The number tokens after the last match of the header pattern (a table whose header and values ran together). */
    static List<Token> afterLastHeader(String text, Pattern header) {
        Matcher m = header.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        Matcher v = VALUE_RUN.matcher(text);
        int from = end;
        while (v.find(from)) {
            String between = text.substring(from, v.start());
            if (between.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                break; // the values end where text begins again
            }
            out.addAll(tokens(v.group()));
            from = v.end();
        }
        return out;
    }
}
