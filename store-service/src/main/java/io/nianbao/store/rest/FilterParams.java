package io.nianbao.store.rest;

import io.nianbao.store.domain.ReportFilter;
import org.jboss.resteasy.reactive.RestQuery;

/** The filters shared by GET /api/reports and the exports. */
public class FilterParams {
    @RestQuery
    public String agency;
    @RestQuery
    public String regionCode;
    @RestQuery
    public String yearFrom;
    @RestQuery
    public String yearTo;
    @RestQuery
    public String template;
    @RestQuery
    public String status;
    @RestQuery
    public String ruleId;
    @RestQuery
    public String severity;
    @RestQuery
    public String q;
    @RestQuery
    public String current;

    public ReportFilter toFilter() {
        return new ReportFilter(agency, regionCode, integer("yearFrom", yearFrom), integer("yearTo", yearTo), template,
                status, ruleId, severity, q, bool("current", current)).validated();
    }

    static Integer integer(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer: " + v);
        }
    }

    static Boolean bool(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw new IllegalArgumentException(name + " must be true or false: " + v);
    }
}
