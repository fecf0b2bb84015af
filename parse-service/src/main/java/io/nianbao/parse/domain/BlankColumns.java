package io.nianbao.parse.domain;

import io.nianbao.parse.domain.Cells.Group;
import io.nianbao.parse.domain.Cells.Kind;
import io.nianbao.parse.domain.Cells.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout reader for section 三 tables whose five 法人或其他组织 columns are left blank (a common way to fill the
 * template when only natural persons applied): once the layout is lost, a blank cell leaves no trace, so each row
 * carries two numbers, 自然人 and 总计, or one digit run holding both ({@code 1212}). Where the two are equal, as the
 * table's own identity (总计 = the sum of the six applicant columns) requires when the other five are blank, the
 * row is rewritten as 自然人, five empty cells, 总计. Rows that do not have that shape are left as they are (for the
 * other readers to judge); a row with all seven numbers means the columns are not blank, and nothing is rewritten.
 * The rewritten groups are one more candidate reading; the table reader keeps whichever reads the most cells.
 */
final class BlankColumns {
    /** Rows of the two-number shape needed before the table is read this way. */
    static final int MIN_ROWS = 8;

    private BlankColumns() {
    }

    /** The groups with the two-number rows widened to {@code cells} cells, or null when the table has not this shape. */
    static List<Group> of(List<Group> groups, int cells) {
        Result r = of(groups, null, cells);
        return r == null ? null : r.groups();
    }

    /** Groups and, when the layout reader knew them, their row keys (else null). */
    record Result(List<Group> groups, List<String> keys) {
    }

    /**
     * The groups with the two-number rows widened to {@code cells} cells, or null when the table has not this
     * shape. A row followed by more equal pairs (rows whose labels were lost: {@code 二、上年结转 0 0 0 0 0 0}) keeps
     * its first pair; the others become a group without label, for the table reader's reading of rows without
     * labels (key null).
     */
    static Result of(List<Group> groups, List<String> keys, int cells) {
        List<Group> out = new ArrayList<>(groups.size());
        List<String> outKeys = keys == null ? null : new ArrayList<>(groups.size());
        int fitted = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            String key = keys == null ? null : keys.get(gi);
            List<Token> numbers = g.numbers();
            if (numbers.size() >= 4 && equalPairs(numbers.stream().map(Token::value).toList())) {
                fitted += numbers.size() / 2;
                if (g.labels().isEmpty()) {
                    add(out, outKeys, g, key);
                    continue;
                }
                int second = secondNumber(g.values());
                add(out, outKeys, new Group(g.labels(), widened(numbers.get(0), numbers.get(1), cells)), key);
                add(out, outKeys, new Group(List.of(), g.values().subList(second + 1, g.values().size())), null);
                continue;
            }
            if (numbers.size() >= cells) {
                return null;
            }
            Token[] pair = pair(numbers);
            if (pair == null) {
                add(out, outKeys, g, key);
                continue;
            }
            add(out, outKeys, new Group(g.labels(), widened(pair[0], pair[1], cells)), key);
            fitted++;
        }
        return fitted >= MIN_ROWS ? new Result(out, outKeys) : null;
    }

    private static void add(List<Group> out, List<String> outKeys, Group g, String key) {
        out.add(g);
        if (outKeys != null) {
            outKeys.add(key);
        }
    }

    private static List<Token> widened(Token natural, Token total, int cells) {
        List<Token> values = new ArrayList<>(cells);
        values.add(natural);
        for (int i = 0; i < cells - 2; i++) {
            values.add(Token.empty(""));
        }
        values.add(total);
        return values;
    }

    /** Index in the values of the second number. */
    private static int secondNumber(List<Token> values) {
        int seen = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isNumber() && ++seen == 2) {
                return i;
            }
        }
        return values.size() - 1;
    }

    /** True when the values come in pairs of two equal numbers (a, a, b, b, …). */
    static boolean equalPairs(List<java.math.BigDecimal> values) {
        if (values.isEmpty() || values.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < values.size(); i += 2) {
            if (values.get(i) == null || values.get(i + 1) == null || values.get(i).compareTo(values.get(i + 1)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** 自然人 and 总计 when the numbers are two equal whole numbers, or one digit run of two equal halves. */
    private static Token[] pair(List<Token> numbers) {
        if (numbers.size() == 2 && numbers.get(0).digits() != null && numbers.get(1).digits() != null
                && numbers.get(0).value().compareTo(numbers.get(1).value()) == 0) {
            return new Token[]{numbers.get(0), numbers.get(1)};
        }
        if (numbers.size() == 1) {
            String d = numbers.get(0).digits();
            if (d != null && d.length() % 2 == 0) {
                String half = d.substring(0, d.length() / 2);
                if (half.equals(d.substring(d.length() / 2)) && (half.equals("0") || half.charAt(0) != '0')) {
                    Token t = new Token(Kind.NUMBER, half, new java.math.BigDecimal(half), null);
                    return new Token[]{t, t};
                }
            }
        }
        return null;
    }
}
