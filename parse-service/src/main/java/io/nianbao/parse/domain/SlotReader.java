package io.nianbao.parse.domain;

import io.nianbao.parse.domain.Cells.Kind;
import io.nianbao.parse.domain.Cells.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Reads the value cells of one table row (or one block) into exactly n cells. */
final class SlotReader {

    /** cells: the values (null = empty or unreadable); candidates: readings when flattened and ambiguous. */
    record Reading(BigDecimal[] cells, List<long[]> candidates, String problem, String kind) {
        boolean complete() {
            return problem == null;
        }
    }

    private SlotReader() {
    }

    /**
     * @param slots  value cells (numbers and empties) in order
     * @param n      expected number of cells
     * @param accept structural check for flattened readings (null: none)
     */
    static Reading read(List<Token> slots, int n, Predicate<long[]> accept) {
        return read(slots, n, accept, DigitSplitter.MAX_DIGITS);
    }

    static Reading read(List<Token> slots, int n, Predicate<long[]> accept, int maxDigits) {
        List<Token> numbers = slots.stream().filter(Token::isNumber).toList();
        if (numbers.size() == n) {
            return new Reading(numbers.stream().map(Token::value).toArray(BigDecimal[]::new), List.of(), null, null);
        }
        List<Token> trimmed = slots.size() == n ? slots : trim(slots);
        if (trimmed.size() == n) {
            BigDecimal[] cells = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                cells[i] = trimmed.get(i).kind() == Kind.NUMBER ? trimmed.get(i).value() : null;
            }
            return new Reading(cells, List.of(), null, null);
        }
        if (numbers.size() < n && !numbers.isEmpty() && numbers.stream().allMatch(t -> t.digits() != null)
                && numbers.stream().anyMatch(t -> t.digits().length() > 1)) {
            List<String> chunks = numbers.stream().map(Token::digits).toList();
            // where the digits can be cut only one way, that is the reading, whether or not it adds up: a
            // published inconsistency is a finding, not something to read away
            List<long[]> only = signed(DigitSplitter.split(chunks, n, v -> true, 2, maxDigits), numbers);
            if (only.size() == 1) {
                return new Reading(toDecimals(only.get(0)), only, null, "FLATTENED");
            }
            Predicate<long[]> ok = accept == null ? v -> true : accept;
            List<long[]> found = signed(DigitSplitter.split(chunks, n, ok, 50, maxDigits), numbers);
            if (found.size() == 1) {
                return new Reading(toDecimals(found.get(0)), found, null, "FLATTENED");
            }
            BigDecimal[] cells = new BigDecimal[n];
            if (found.isEmpty()) {
                return new Reading(cells, found, "the digits " + String.join(" ", chunks)
                        + " cannot be read as " + n + " cells that add up", "FLATTENED_AMBIGUOUS");
            }
            agreeing(found, cells);
            return new Reading(cells, found, found.size() + " readings of the digits " + String.join(" ", chunks)
                    + " fit the table", "FLATTENED_AMBIGUOUS");
        }
        return new Reading(new BigDecimal[n], List.of(), numbers.size() + " numbers where " + n
                + " cells were expected: " + describe(slots), numbers.isEmpty() ? "CELL_UNREADABLE" : "LAYOUT_IRREGULAR");
    }

    /**
     * Gives each reading the signs of its chunks: a chunk written with a minus ("-37" in 本年增/减) makes its first
     * cell negative. Cells have no leading zeros, so each cell's digit count locates the chunk boundaries.
     */
    static List<long[]> signed(List<long[]> readings, List<Token> numbers) {
        if (numbers.stream().noneMatch(t -> t.value().signum() < 0)) {
            return readings;
        }
        List<long[]> out = new ArrayList<>();
        for (long[] r : readings) {
            long[] v = r.clone();
            int cell = 0;
            for (Token t : numbers) {
                if (cell >= v.length) {
                    break;
                }
                if (t.value().signum() < 0) {
                    v[cell] = -v[cell];
                }
                int digits = t.digits().length();
                while (digits > 0 && cell < v.length) {
                    digits -= String.valueOf(Math.abs(r[cell])).length();
                    cell++;
                }
            }
            out.add(v);
        }
        return out;
    }

    /** Fills the cells on which every reading agrees. */
    static void agreeing(List<long[]> readings, BigDecimal[] cells) {
        for (int i = 0; i < cells.length; i++) {
            long v = readings.get(0)[i];
            final int idx = i;
            if (readings.stream().allMatch(r -> r[idx] == v)) {
                cells[i] = BigDecimal.valueOf(v);
            }
        }
    }

    static BigDecimal[] toDecimals(long[] v) {
        return Arrays.stream(v).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    static List<Token> trim(List<Token> slots) {
        int a = 0;
        int z = slots.size();
        while (a < z && slots.get(a).kind() == Kind.EMPTY) {
            a++;
        }
        while (z > a && slots.get(z - 1).kind() == Kind.EMPTY) {
            z--;
        }
        return slots.subList(a, z);
    }

    static String describe(List<Token> slots) {
        List<String> s = new ArrayList<>();
        for (Token t : slots) {
            s.add(t.kind() == Kind.EMPTY ? "·" : t.text());
        }
        String joined = String.join(" ", s);
        return joined.length() > 200 ? joined.substring(0, 200) + "…" : joined;
    }

    static String render(long[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(v[i]);
        }
        return b.toString();
    }
}
