package io.nianbao.localinfra;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The readable summary of the main job: one row per report, read from store-service's API. */
public final class Summary {
    private Summary() {
    }

    public static String render(LocalPipeline pipeline, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-14s %s %-6s %-8s %6s %8s %5s  %s%n";
        sb.append(String.format(fmt, "document", pad("agency", 40), "year", "template", "errors", "warnings", "infos", "rules that fired"));
        sb.append("-".repeat(120)).append('\n');
        for (String id : ids) {
            JsonNode r = pipeline.get("store-service", "/api/reports/" + id);
            if (r == null) {
                sb.append(String.format(fmt, id.substring(0, 12), pad("(not stored)", 40), "", "", "", "", "", ""));
                continue;
            }
            JsonNode report = r.path("report");
            String agency = text(report, "agencyCanonical", text(report, "agency", "?"));
            int errors = 0;
            int warnings = 0;
            int infos = 0;
            java.util.TreeSet<String> rules = new java.util.TreeSet<>();
            for (JsonNode f : r.path("findings")) {
                switch (f.path("severity").asText()) {
                    case "error" -> errors++;
                    case "warning" -> warnings++;
                    default -> infos++;
                }
                rules.add(f.path("ruleId").asText());
            }
            sb.append(String.format(fmt, id.substring(0, 12), pad(agency, 40), text(report, "reportYear", "?"),
                    text(report, "template", "?"), errors, warnings, infos, String.join(",", rules)));
        }
        return sb.toString();
    }

    /** How to write: the API key the services accept (reads need none unless protected). */
    public static String access(LocalPipeline pipeline) {
        return "API key for writes: " + pipeline.apiKey() + "\n"
                + "  send it as '" + LocalPipeline.API_KEY_HEADER + ": <key>' (or 'Authorization: Bearer <key>') to POST "
                + pipeline.url("ingest-service") + "/api/documents, /api/fetch and store's /api/admin/*;\n"
                + "  " + (pipeline.apiKeyGenerated() ? "generated for this run; set " + LocalPipeline.API_KEYS_ENV
                + "=<key> before deploy/local/run.sh to choose it" : "from " + LocalPipeline.API_KEYS_ENV) + "\n";
    }

    /** The questions a reader asks of the stored reports, answered from store-service's API. */
    public static String answers(LocalPipeline pipeline) {
        StringBuilder sb = new StringBuilder();
        String withErrors = "/api/reports?status=errors&size=50&sort=agency,year";
        sb.append("Which reports have errors?   GET ").append(withErrors).append('\n');
        list(sb, pipeline.get("store-service", withErrors));
        String carry = "/api/reports?ruleId=CARRY_OVER_MISMATCH&size=50&sort=agency,year";
        sb.append("Whose carry-over does not match last year?   GET ").append(carry).append('\n');
        list(sb, pipeline.get("store-service", carry));
        String perRegion = "/api/aggregates/applications?level=county";
        sb.append("Applications received per region and year?   GET ").append(perRegion).append('\n');
        JsonNode agg = pipeline.get("store-service", perRegion);
        if (agg == null || agg.size() == 0) {
            sb.append("  (none)\n");
        } else {
            sb.append(String.format("  %-8s %-6s %12s %8s%n", "region", "year", "received", "reports"));
            for (JsonNode row : agg) {
                sb.append(String.format("  %-8s %-6s %12s %8s%n", row.path("region").asText(), row.path("year").asText(),
                        row.path("newReceived").isNull() ? "-" : row.path("newReceived").asText(), row.path("reports").asText()));
            }
        }
        return sb.toString();
    }

    private static void list(StringBuilder sb, JsonNode page) {
        if (page == null || page.path("items").size() == 0) {
            sb.append("  none\n");
            return;
        }
        for (JsonNode r : page.path("items")) {
            sb.append("  ").append(pad(text(r, "agencyCanonical", text(r, "agency", "?")), 40)).append(' ')
                    .append(text(r, "reportYear", "?")).append("  ").append(text(r, "documentId", "").substring(0, 12))
                    .append("  errors ").append(text(r, "errors", "0")).append(", warnings ").append(text(r, "warnings", "0"))
                    .append('\n');
        }
    }

    private static String text(JsonNode n, String field, String def) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? def : v.asText();
    }

    /** Clips and pads to a display width: CJK characters take two terminal columns. */
    static String pad(String s, int width) {
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cw = c >= 0x2E80 ? 2 : 1;
            if (w + cw > width) {
                break;
            }
            out.append(c);
            w += cw;
        }
        return out + " ".repeat(width - w);
    }
}
