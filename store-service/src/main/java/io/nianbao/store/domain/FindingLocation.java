package io.nianbao.store.domain;

import java.util.List;
import java.util.TreeSet;

/**
 * Where a finding points, as a stable text: the key a reviewer's decision is kept under, together with the
 * document and the rule id. A re-validation that finds the same thing again gives the same location (the cells
 * it names, else the text span, else the section), whatever the finding's row id or message.
 * <ul>
 *   <li>{@code cells:applications.carriedOver.total,applications.carriedOver.naturalPerson} (sorted, distinct)</li>
 *   <li>{@code span:120-164}</li>
 *   <li>{@code section:3}</li>
 *   <li>{@code document}</li>
 * </ul>
 */
public final class FindingLocation {
    public static final int MAX_LENGTH = 2000;

    /** A cell a finding names; {@code column} may be null (the whole row). */
    public record Cell(String table, String row, String column) {
    }

    private FindingLocation() {
    }

    public static String of(Integer section, List<Cell> cells, Integer spanStart, Integer spanEnd) {
        if (cells != null && !cells.isEmpty()) {
            TreeSet<String> keys = new TreeSet<>();
            for (Cell c : cells) {
                if (c != null && c.table() != null) {
                    keys.add(c.table() + "." + nz(c.row()) + "." + nz(c.column()));
                }
            }
            if (!keys.isEmpty()) {
                return "cells:" + String.join(",", keys);
            }
        }
        if (spanStart != null && spanEnd != null) {
            return "span:" + spanStart + "-" + spanEnd;
        }
        if (section != null) {
            return "section:" + section;
        }
        return "document";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
