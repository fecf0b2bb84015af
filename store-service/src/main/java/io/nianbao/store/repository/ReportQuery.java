package io.nianbao.store.repository;

import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.domain.SortSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates a {@link ReportFilter} into an HQL where clause over {@code ReportEntity r} and its parameters. */
public final class ReportQuery {
    public final String where;
    public final Map<String, Object> params;

    private ReportQuery(String where, Map<String, Object> params) {
        this.where = where;
        this.params = params;
    }

    static final Map<String, String> SORT_PATHS = Map.ofEntries(
            Map.entry("year", "r.reportYear"), Map.entry("publishedOn", "r.publishedOn"),
            Map.entry("agency", "r.agencyKey"), Map.entry("regionCode", "r.regionCode"),
            Map.entry("status", "r.status"), Map.entry("errors", "r.errors"), Map.entry("warnings", "r.warnings"),
            Map.entry("infos", "r.infos"), Map.entry("title", "r.title"), Map.entry("storedAt", "r.storedAt"),
            Map.entry("template", "r.template"), Map.entry("documentId", "r.documentId"));

    public static ReportQuery of(ReportFilter f) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new LinkedHashMap<>();
        if (notBlank(f.agency())) {
            c.add("(r.agency like :agency escape '!' or r.agencyCanonical like :agency escape '!')");
            p.put("agency", "%" + escapeLike(f.agency().trim()) + "%");
        }
        List<String> regions = f.regionPrefixes();
        if (!regions.isEmpty()) {
            List<String> or = new ArrayList<>();
            for (int i = 0; i < regions.size(); i++) {
                or.add("r.regionCode like :region" + i);
                p.put("region" + i, regions.get(i) + "%");
            }
            c.add("(" + String.join(" or ", or) + ")");
        }
        if (f.yearFrom() != null) {
            c.add("r.reportYear >= :yearFrom");
            p.put("yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            c.add("r.reportYear <= :yearTo");
            p.put("yearTo", f.yearTo());
        }
        if (notBlank(f.template())) {
            c.add("r.template = :template");
            p.put("template", f.template().trim());
        }
        if (notBlank(f.status())) {
            c.add("r.status = :status");
            p.put("status", f.status().trim());
        }
        if (notBlank(f.ruleId()) || notBlank(f.severity())) {
            StringBuilder sub = new StringBuilder("exists (select 1 from FindingEntity f where f.documentId = r.documentId");
            if (notBlank(f.ruleId())) {
                sub.append(" and f.ruleId = :ruleId");
                p.put("ruleId", f.ruleId().trim());
            }
            if (notBlank(f.severity())) {
                sub.append(" and f.severity = :severity");
                p.put("severity", f.severity().trim());
            }
            c.add(sub.append(')').toString());
        }
        if (notBlank(f.q())) {
            int i = 0;
            for (String word : f.q().trim().split("\\s+")) {
                c.add("lower(r.title) like :q" + i + " escape '!'");
                p.put("q" + i, "%" + escapeLike(word.toLowerCase(java.util.Locale.ROOT)) + "%");
                i++;
            }
        }
        if (f.current() != null) {
            c.add("r.current = :current");
            p.put("current", f.current());
        }
        return new ReportQuery(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
    }

    public static String orderBy(SortSpec sort) {
        List<String> parts = new ArrayList<>();
        boolean hasId = false;
        for (SortSpec.Order o : sort.orders()) {
            String path = SORT_PATHS.get(o.field());
            hasId |= o.field().equals("documentId");
            parts.add(path + (o.ascending() ? " asc nulls last" : " desc nulls last"));
        }
        if (!hasId) {
            parts.add("r.documentId asc");
        }
        return " order by " + String.join(", ", parts);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
