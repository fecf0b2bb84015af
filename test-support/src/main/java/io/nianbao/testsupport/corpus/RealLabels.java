package io.nianbao.testsupport.corpus;

import io.nianbao.testsupport.corpus.Doc.Cell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How real reports print labels and cells when they deviate from the template (taken from published reports,
 * not from what the parser tolerates): typos and dropped words in section-三 row labels, 1、 for 1., the 2021
 * 行政规范性文件 row printed as 规范性文件, signs on 本年增/减, units inside amount cells.
 */
final class RealLabels {
    private RealLabels() {
    }

    /** Row key -> label forms seen in real reports (numbering and label, as printed). */
    static final Map<String, List<String>> VARIANTS = Map.of(
            "deniedStateSecret", List.of("1.国家秘密"),
            "deniedProhibitedByLaw", List.of("2.其他法律行政止公开", "2.法律行政法规禁止公开"),
            "deniedSafetyStability", List.of("3.危及三安全一稳定", "3.危及\"三安全一稳定\""),
            "deniedInternalAffairs", List.of("5.三类内部事务信息"),
            "deniedProcessInfo", List.of("6.四类过程性信息"),
            "deniedEnforcementFiles", List.of("7.行政执法案卷"),
            "deniedQueryMatters", List.of("8.行政查询事项"),
            "normativeDocuments", List.of("规范性文件"));

    /**
     * The label of {@code cell} as this document prints it: with probability {@code rate} a real variant of it,
     * and with {@code commaNumbering} "1、" for "1." (as the 淮安市 2024 PDF prints the （六） rows).
     */
    static String label(Cell cell, Random r, double rate, boolean commaNumbering) {
        String text = cell.text();
        List<String> v = cell.row() == null ? null : VARIANTS.get(cell.row());
        if (v != null && r.nextDouble() < rate && !(cell.row().equals("normativeDocuments") && !text.startsWith("行政"))) {
            text = v.get(r.nextInt(v.size()));
        }
        if (commaNumbering && text.matches("\\d\\..*")) {
            text = text.charAt(0) + "、" + text.substring(2);
        }
        return text;
    }

    /** A value cell as printed: "+11" for a positive 本年增/减 when {@code plus}; units on amounts when asked. */
    static String value(Cell cell, boolean plus, boolean yuan, boolean wan) {
        String t = cell.text();
        if (t.isEmpty()) {
            return t;
        }
        if ("change".equals(cell.col()) && plus && new BigDecimal(t).signum() > 0) {
            return "+" + t;
        }
        if ("totalAmount".equals(cell.col()) && yuan) {
            return t + "元";
        }
        if ("amount".equals(cell.col()) && wan) {
            return t + "万元";
        }
        return t;
    }
}
