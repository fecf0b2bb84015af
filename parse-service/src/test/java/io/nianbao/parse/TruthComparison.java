package io.nianbao.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a parsed record with a sample's truth JSON field by field: every {@code report.*} and
 * {@code narrative.*} field the truth gives, every cell of every table (plus one field per
 * {@code applications} row for its column count), and, for a table the truth lacks, that the record
 * lacks it too. Numbers compare by value (0 equals 0.0), null only equals null or absent.
 */
public final class TruthComparison {

    /** {@code matched} of {@code total} compared fields agree; {@code mismatches} says how the others differ. */
    public record Result(int matched, int total, List<String> mismatches) {
        public boolean allMatch() {
            return mismatches.isEmpty() && matched == total;
        }
    }

    private TruthComparison() {
    }

    public static Result compare(JsonNode truth, ReportRecord record) {
        return compare(truth, record, Set.of());
    }

    /**
     * @param excluded field paths not compared (not counted either), e.g. {@code report.publishedOn};
     *                 a path names a field of report/narrative or a whole table
     */
    public static Result compare(JsonNode truth, ReportRecord record, Set<String> excluded) {
        JsonNode actual = Json.mapper().valueToTree(record);
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[2];
        compareObject("report", truth.get("report"), actual.get("report"), counts, mismatches, excluded);
        for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
            if (excluded.contains(table)) {
                continue;
            }
            if (truth.has(table)) {
                compareTable(table, truth.get(table), actual.get(table), counts, mismatches);
            } else {
                counts[1]++;
                if (actual.has(table) && !actual.get(table).isNull()) {
                    mismatches.add(table + ": must be absent");
                } else {
                    counts[0]++;
                }
            }
        }
        compareObject("narrative", truth.get("narrative"), actual.get("narrative"), counts, mismatches, excluded);
        return new Result(counts[0], counts[1], List.copyOf(mismatches));
    }

    private static void compareObject(String path, JsonNode expected, JsonNode actual, int[] counts,
                                      List<String> mismatches, Set<String> excluded) {
        if (expected == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String p = path + "." + e.getKey();
            if (excluded.contains(p)) {
                continue;
            }
            JsonNode a = actual == null ? null : actual.get(e.getKey());
            compareValue(p, e.getValue(), a, counts, mismatches);
        }
    }

    private static void compareTable(String path, JsonNode expected, JsonNode actual, int[] counts, List<String> mismatches) {
        for (Map.Entry<String, JsonNode> row : expected.properties()) {
            JsonNode a = actual == null ? null : actual.get(row.getKey());
            String rp = path + "." + row.getKey();
            if (row.getValue().isArray()) {
                for (int i = 0; i < row.getValue().size(); i++) {
                    compareValue(rp + "[" + i + "]", row.getValue().get(i), a == null ? null : a.get(i), counts, mismatches);
                }
                counts[1]++;
                if (a != null && a.size() == row.getValue().size()) {
                    counts[0]++;
                } else {
                    mismatches.add(rp + ": " + (a == null ? "missing" : a.size() + " columns"));
                }
            } else {
                compareObject(rp, row.getValue(), a, counts, mismatches, Set.of());
            }
        }
    }

    private static void compareValue(String path, JsonNode expected, JsonNode actual, int[] counts, List<String> mismatches) {
        counts[1]++;
        boolean ok;
        if (expected == null || expected.isNull()) {
            ok = actual == null || actual.isNull();
        } else if (actual == null || actual.isNull()) {
            ok = false;
        } else if (expected.isTextual() && expected.asText().matches("[\\d.]+\\s*(元|万元)")) {
            // a money cell printed with its unit: the record keeps 万元 (a 元 amount may also stay as printed)
            String t = expected.asText();
            BigDecimal n = new BigDecimal(t.replaceAll("[^\\d.]", ""));
            ok = actual.isNumber() && (new BigDecimal(actual.asText()).compareTo(n) == 0
                    || !t.endsWith("万元") && new BigDecimal(actual.asText()).compareTo(n.movePointLeft(4)) == 0);
        } else if (expected.isNumber()) {
            ok = actual.isNumber() && new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) == 0;
        } else {
            ok = expected.asText().equals(actual.asText());
        }
        if (ok) {
            counts[0]++;
        } else {
            mismatches.add(path + ": expected " + expected + " got " + actual);
        }
    }
}
