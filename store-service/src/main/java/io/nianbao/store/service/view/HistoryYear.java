package io.nianbao.store.service.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One document of an agency's history: its year, status and the section 三 totals that link the years. */
public record HistoryYear(Integer year, String documentId, String title, LocalDate publishedOn, String template,
                          String status, boolean current, String supersededBy, BigDecimal applicationsReceived,
                          BigDecimal carriedOver, BigDecimal carriedForward, Counts findings,
                          Map<String, Integer> findingsByRule) {
    /** Findings by severity. */
    public record Counts(int errors, int warnings, int infos) {
    }
}
