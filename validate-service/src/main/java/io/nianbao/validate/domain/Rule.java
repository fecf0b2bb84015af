package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;

import java.util.List;
import java.util.Set;

/**
 * One check of the catalogue (../shared/spec/RULES.md). Implementations are plain, stateless and
 * deterministic: the same record always gives the same findings in the same order.
 */
public interface Rule {
    /** Stable public id, e.g. {@code APP_BALANCE}. */
    String id();

    /** {@link Severity#ERROR}, {@link Severity#WARNING} or {@link Severity#INFO}. */
    String severity();

    String titleZh();

    String titleEn();

    String descriptionZh();

    String descriptionEn();

    /** Templates the rule looks at; empty = every template. */
    default Set<String> templates() {
        return Set.of();
    }

    /** First report year the rule applies to, or null. */
    default Integer fromYear() {
        return null;
    }

    /** Last report year the rule applies to, or null. */
    default Integer toYear() {
        return null;
    }

    /** Bumped whenever the rule's logic changes; part of the rule-set version. */
    default int version() {
        return 1;
    }

    /** Whether the record's template and year are within the rule's scope. */
    default boolean appliesTo(ReportRecord record) {
        ReportRecord.Report report = record.report;
        String template = report == null || report.template == null ? "unknown" : report.template;
        if (!templates().isEmpty() && !templates().contains(template)) {
            return false;
        }
        Integer year = report == null ? null : report.reportYear;
        if (fromYear() != null && (year == null || year < fromYear())) {
            return false;
        }
        return toYear() == null || (year != null && year <= toYear());
    }

    /** Findings for this record (never null); only called when {@link #appliesTo} holds. */
    List<ReportRecord.Finding> check(ReportRecord record);
}
