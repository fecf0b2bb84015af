package io.nianbao.store.domain;

import java.util.List;

/**
 * A finding of a history rule (origin store-service). {@link #fingerprint()} identifies it across re-runs of the
 * rules so that only new findings are stored and announced, and findings that no longer hold are removed.
 */
public record HistoryFinding(String ruleId, String severity, String messageZh, String messageEn, Integer section,
                             List<Cell> cells, String expected, String actual, String relatedDocumentId) {

    public static final String ORIGIN = "store-service";

    public record Cell(String table, String row, String column) {
    }

    public String fingerprint() {
        StringBuilder sb = new StringBuilder(ruleId).append('|').append(relatedDocumentId == null ? "" : relatedDocumentId)
                .append('|');
        if (cells != null) {
            for (Cell c : cells) {
                sb.append(c.table()).append('.').append(c.row()).append('.').append(c.column()).append(',');
            }
        }
        return sb.append('|').append(expected).append('|').append(actual).toString();
    }
}
