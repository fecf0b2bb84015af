package io.nianbao.testsupport.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/**
 * How many ways a run of glued cells can be read, for telling a parser's miss from a cell no careful reader can
 * recover: section 二 has no identity, so {@code 规范性文件2159165} (2021: made, repealed, inForce) has several
 * readings, and the real corpus's truth leaves such cells out. Readings are cuts into whole numbers without
 * leading zeros ("0" alone is fine); decimals and signs are not cut (a sign or a point separates on its own).
 */
public final class GluedDigits {
    private GluedDigits() {
    }

    /** Every cut of {@code run} (digits only) into {@code cells} numbers without leading zeros. */
    public static List<List<String>> readings(String run, int cells) {
        List<List<String>> out = new ArrayList<>();
        cut(run, 0, cells, new ArrayList<>(), out);
        return out;
    }

    private static void cut(String run, int from, int left, List<String> acc, List<List<String>> out) {
        if (left == 0) {
            if (from == run.length()) {
                out.add(List.copyOf(acc));
            }
            return;
        }
        for (int to = from + 1; to <= run.length() - (left - 1); to++) {
            String part = run.substring(from, to);
            if (part.length() > 1 && part.charAt(0) == '0') {
                break;
            }
            acc.add(part);
            cut(run, to, left - 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    /**
     * The section-二 rows ("normativeDocuments", …) of {@code rep} whose cells, glued as {@link Layout#CRAWLED_ONE_LINE}
     * prints them, admit more than one reading; rows with a decimal or negative cell are judged on their whole-number
     * cells only. Their cells cannot be read with certainty from that layout.
     */
    public static Set<String> ambiguousActiveRows(GeneratedReport rep) {
        Set<String> out = new TreeSet<>();
        if (rep.expected().activeDisclosure == null) {
            return out;
        }
        for (Map.Entry<String, Map<String, BigDecimal>> e : rep.expected().activeDisclosure.entrySet()) {
            StringBuilder run = new StringBuilder();
            int n = 0;
            for (BigDecimal v : e.getValue().values()) {
                if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                    if (n > 1 && readings(run.toString(), n).size() > 1) {
                        out.add(e.getKey());
                    }
                    run.setLength(0);
                    n = 0;
                    continue;
                }
                run.append(v.toPlainString());
                n++;
            }
            if (n > 1 && readings(run.toString(), n).size() > 1) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
