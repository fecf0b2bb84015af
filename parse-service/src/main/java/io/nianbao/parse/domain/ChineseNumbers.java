package io.nianbao.parse.domain;

/** Chinese numerals: 三, 十二, 一百二十, 两千零五, 二〇二一 (digit by digit). */
public final class ChineseNumbers {
    public static final String CHARS = "零〇○一二两三四五六七八九十百千万";

    private ChineseNumbers() {
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value, or null when s is not a Chinese numeral. */
    public static Long parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        boolean hasUnit = false;
        for (char c : s.toCharArray()) {
            if (CHARS.indexOf(c) < 0) {
                return null;
            }
            if (c == '十' || c == '百' || c == '千' || c == '万') {
                hasUnit = true;
            }
        }
        if (!hasUnit) { // 二〇二一: digit by digit
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            switch (c) {
                case '十' -> {
                    section += (number == 0 ? 1 : number) * 10;
                    number = 0;
                }
                case '百' -> {
                    section += number * 100;
                    number = 0;
                }
                case '千' -> {
                    section += number * 1000;
                    number = 0;
                }
                case '万' -> {
                    total += (section + number) * 10000;
                    section = 0;
                    number = 0;
                }
                default -> {
                    return null;
                }
            }
        }
        return total + section + number;
    }
}
