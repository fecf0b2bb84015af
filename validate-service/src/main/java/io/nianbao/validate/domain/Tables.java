package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Access to the tables of a record and to where their rows stand in the text. */
public final class Tables {
    public static final int COLUMNS = TemplateKeys.APPLICANT_COLUMNS.size();
    public static final int TOTAL_COLUMN = COLUMNS - 1;

    private Tables() {
    }

    /** A usable section-三 row: present with the seven columns (a shorter row is padded with empty cells). */
    public static Optional<List<BigDecimal>> appRow(ReportRecord record, String key) {
        if (record.applications == null) {
            return Optional.empty();
        }
        List<BigDecimal> row = record.applications.get(key);
        if (row == null) {
            return Optional.empty();
        }
        if (row.size() >= COLUMNS) {
            return Optional.of(row);
        }
        List<BigDecimal> padded = new ArrayList<>(row);
        while (padded.size() < COLUMNS) {
            padded.add(null);
        }
        return Optional.of(padded);
    }

    /** Outcome rows present in the record (2021 and 2019 variants of 其他处理 both accepted). */
    public static List<String> outcomeRowsPresent(ReportRecord record) {
        List<String> keys = new ArrayList<>(TemplateKeys.OUTCOMES_2021);
        keys.add("otherHandling");
        return keys.stream().filter(k -> record.applications != null && record.applications.get(k) != null).toList();
    }

    public static Map<String, BigDecimal> reviewGroup(ReportRecord record, String group) {
        return record.reviewLitigation == null ? null : record.reviewLitigation.get(group);
    }

    /**
     * Where a section-三 row stands: its printed numbering and label in the section ("（七）总计"), else the template
     * model's anchor of the row ({@link Rows.Row#anchor()}), else the section itself.
     */
    public static Optional<TextSpans.Span> appRowSpan(ReportRecord record, String rowKey) {
        Optional<TextSpans.Span> section = TextSpans.sectionSpan(record, 3);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Optional<TextSpans.Span> label = TextSpans.find(record.text, section.get(),
                Rows.printedApplicationLabels(rowKey).toArray(String[]::new));
        Rows.Row row = Rows.application(rowKey);
        if (label.isEmpty() && row != null) {
            label = TextSpans.find(record.text, section.get(), row.anchor());
        }
        return Optional.of(label.map(l -> TextSpans.around(l, section.get(), 60)).orElse(section.get()));
    }

    /** Where a section-四 group stands: the last matching header, else the section. */
    public static Optional<TextSpans.Span> sectionOrPhrase(ReportRecord record, int section, String... phrases) {
        Optional<TextSpans.Span> s = TextSpans.sectionSpan(record, section);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<TextSpans.Span> p = TextSpans.find(record.text, s.get(), phrases);
        return Optional.of(p.map(l -> TextSpans.around(l, s.get(), 80)).orElse(s.get()));
    }

    /** Where a pattern (a row's anchor) first matches in a section, else the section. */
    public static Optional<TextSpans.Span> sectionOrPattern(ReportRecord record, int section, java.util.regex.Pattern p) {
        Optional<TextSpans.Span> s = TextSpans.sectionSpan(record, section);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<TextSpans.Span> at = TextSpans.find(record.text, s.get(), p);
        return Optional.of(at.map(l -> TextSpans.around(l, s.get(), 80)).orElse(s.get()));
    }

    /** Evidence for a finding about cells when the text cannot be located: the cells and their values. */
    public static String cellEvidence(String table, Map<String, BigDecimal> cells) {
        StringBuilder sb = new StringBuilder(table).append(':');
        cells.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v == null ? "null" : Num.fmt(v)));
        return sb.toString();
    }
}
