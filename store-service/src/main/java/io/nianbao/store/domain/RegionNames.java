package io.nianbao.store.domain;

import io.nianbao.template.Divisions;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Regions by name for the list filter: a GB/T 2260 name (埇桥区, 宿州市, 安徽省, or a province/city by its short name
 * 宿州, 安徽), optionally qualified by the names above it ({@code 安徽省 宿州市 埇桥区}, as {@link #fullName} writes it),
 * becomes the code prefixes of the divisions it names: 2 digits for a province, 4 for a city, 6 for a county. A name
 * several divisions bear (朝阳区: 110105 and 220104) gives all of them unless qualified (北京市 朝阳区). Digits are a
 * code prefix already and pass unchanged.
 */
public final class RegionNames {
    private RegionNames() {
    }

    /** The full name of a code (安徽省 宿州市 埇桥区), null for a code the table does not know. */
    public static String fullName(String code) {
        return code == null || code.isBlank() ? null : Divisions.get().fullName(code.strip());
    }

    /**
     * The code prefixes a region filter stands for, sorted; empty for a blank filter.
     *
     * @throws IllegalArgumentException for a name no division bears
     */
    public static List<String> prefixes(String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        String f = filter.strip();
        if (f.matches("\\d{1,12}")) {
            return List.of(f);
        }
        String[] parts = f.split("[\\s›>/,，、]+");
        String last = parts[parts.length - 1];
        Divisions divisions = Divisions.get();
        List<Divisions.Division> candidates = divisions.named(last);
        if (candidates.isEmpty()) {
            candidates = divisions.shortNamed(last);
        }
        TreeSet<String> out = new TreeSet<>();
        for (Divisions.Division d : candidates) {
            if (within(divisions, d, parts)) {
                out.add(switch (d.level()) {
                    case PROVINCE -> d.code().substring(0, 2);
                    case CITY -> d.code().substring(0, 4);
                    case COUNTY -> d.code();
                });
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("regionCode must be a GB/T 2260 code prefix or the name of a division"
                    + " (安徽省, 宿州市, 安徽省 宿州市 埇桥区): no division is named " + f);
        }
        return new ArrayList<>(out);
    }

    /** Every qualifying part (all but the last) names a division above d, in full or as the start of its name. */
    private static boolean within(Divisions divisions, Divisions.Division d, String[] parts) {
        List<String> above = new ArrayList<>(2);
        if (d.level() != Divisions.Level.PROVINCE) {
            Divisions.Division p = divisions.provinceOf(d);
            if (p != null) {
                above.add(p.name());
            }
        }
        if (d.level() == Divisions.Level.COUNTY) {
            Divisions.Division c = divisions.cityOf(d);
            if (c != null) {
                above.add(c.name());
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (above.stream().noneMatch(a -> a.startsWith(part))) {
                return false;
            }
        }
        return true;
    }
}
