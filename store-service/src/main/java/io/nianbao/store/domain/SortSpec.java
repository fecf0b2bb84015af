package io.nianbao.store.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code sort=year,-publishedOn}: comma-separated fields, '-' for descending, from a fixed list. */
public record SortSpec(List<Order> orders) {
    public static final Set<String> FIELDS = Set.of("year", "publishedOn", "agency", "regionCode", "status",
            "errors", "warnings", "infos", "title", "storedAt", "template", "documentId");
    public static final String DEFAULT = "-year,agency,documentId";

    public record Order(String field, boolean ascending) {
    }

    public static SortSpec parse(String sort) {
        String s = sort == null || sort.isBlank() ? DEFAULT : sort;
        List<Order> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            boolean asc = true;
            if (p.startsWith("-")) {
                asc = false;
                p = p.substring(1);
            } else if (p.startsWith("+")) {
                p = p.substring(1);
            }
            if (!FIELDS.contains(p)) {
                throw new IllegalArgumentException("unknown sort field '" + p + "'; known: " + new java.util.TreeSet<>(FIELDS));
            }
            out.add(new Order(p, asc));
        }
        return new SortSpec(List.copyOf(out));
    }
}
