package io.nianbao.store.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two reports' cells side by side: every cell either report has (table, row, column), the two values and whether
 * they differ. An empty cell (null) differs from 0; a cell one report does not have at all is {@code present=false}
 * on that side (e.g. a row of the 2021 template beside a 2019 report).
 */
public final class TableDiff {
    /** A cell key in the long form of the store. */
    public record Key(String table, String row, String column) {
    }

    public record Row(String table, String row, String column, BigDecimal a, BigDecimal b, boolean inA, boolean inB,
                      boolean differs) {
    }

    private TableDiff() {
    }

    /** {@code a} and {@code b}: cell key -> value (null = empty), in the order the rows are to be listed. */
    public static List<Row> diff(Map<Key, BigDecimal> a, Map<Key, BigDecimal> b) {
        Map<Key, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.putIfAbsent(k, true));
        List<Row> out = new ArrayList<>();
        for (Key k : keys.keySet()) {
            boolean inA = a.containsKey(k);
            boolean inB = b.containsKey(k);
            BigDecimal va = a.get(k);
            BigDecimal vb = b.get(k);
            boolean differs = inA != inB || !same(va, vb);
            out.add(new Row(k.table(), k.row(), k.column(), va, vb, inA, inB, differs));
        }
        return out;
    }

    static boolean same(BigDecimal x, BigDecimal y) {
        if (x == null || y == null) {
            return x == y;
        }
        return x.compareTo(y) == 0;
    }
}
