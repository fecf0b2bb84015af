package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;

import java.util.Set;

/** The descriptive half of a {@link Rule}; subclasses implement {@link #check}. */
public abstract class AbstractRule implements Rule {
    /** Templates with the standard tables (unknown: only when the parser found the tables anyway). */
    protected static final Set<String> TABLE_TEMPLATES = Set.of(TemplateKeys.T2019, TemplateKeys.T2021, TemplateKeys.UNKNOWN);

    private final String id;
    private final String severity;
    private final String titleZh;
    private final String titleEn;
    private final String descriptionZh;
    private final String descriptionEn;

    protected AbstractRule(String id, String severity, String titleZh, String titleEn, String descriptionZh,
                           String descriptionEn) {
        this.id = id;
        this.severity = severity;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String severity() {
        return severity;
    }

    @Override
    public String titleZh() {
        return titleZh;
    }

    @Override
    public String titleEn() {
        return titleEn;
    }

    @Override
    public String descriptionZh() {
        return descriptionZh;
    }

    @Override
    public String descriptionEn() {
        return descriptionEn;
    }

    protected Findings.Builder finding(ReportRecord record) {
        return Findings.of(this, record);
    }

    protected static String template(ReportRecord record) {
        return record.report == null || record.report.template == null ? TemplateKeys.UNKNOWN : record.report.template;
    }

    protected static Integer year(ReportRecord record) {
        return record.report == null ? null : record.report.reportYear;
    }

    @Override
    public String toString() {
        return id;
    }
}
