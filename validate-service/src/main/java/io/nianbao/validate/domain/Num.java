package io.nianbao.validate.domain;

import java.math.BigDecimal;
import java.util.List;

/** Number helpers: empty cells count as 0, numbers print without trailing zeros. */
public final class Num {
    private Num() {
    }

    public static BigDecimal v(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public static BigDecimal cell(List<BigDecimal> row, int column) {
        return row == null || column >= row.size() ? BigDecimal.ZERO : v(row.get(column));
    }

    public static boolean isEmpty(List<BigDecimal> row, int column) {
        return row == null || column >= row.size() || row.get(column) == null;
    }

    /** 3, 66.4866, -2; null prints as 空 / empty via {@link #zh} / {@link #en}. */
    public static String fmt(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    public static String zh(BigDecimal value) {
        return value == null ? "空(按0计)" : fmt(value);
    }

    public static String en(BigDecimal value) {
        return value == null ? "empty (taken as 0)" : fmt(value);
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return v(a).compareTo(v(b)) == 0;
    }
}
