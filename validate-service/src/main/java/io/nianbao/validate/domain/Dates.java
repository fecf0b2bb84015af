package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The publication date of a record and where it stands in the text. */
public final class Dates {
    private Dates() {
    }

    public static Optional<LocalDate> published(ReportRecord record) {
        if (record.report == null || record.report.publishedOn == null || record.report.publishedOn.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(record.report.publishedOn.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Where the date is written: 2022-01-26, 2022/1/26, 2022年1月26日 … */
    public static Optional<TextSpans.Span> span(ReportRecord record, LocalDate date) {
        if (record.text == null) {
            return Optional.empty();
        }
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        String[] forms = {
            String.format("%d-%02d-%02d", y, m, d), String.format("%d-%d-%d", y, m, d),
            String.format("%d/%02d/%02d", y, m, d), String.format("%d/%d/%d", y, m, d),
            String.format("%d年%d月%d日", y, m, d), String.format("%d年%02d月%02d日", y, m, d),
            String.format("%d.%02d.%02d", y, m, d)};
        TextSpans.Span best = null;
        for (String f : forms) {
            int at = record.text.indexOf(f);
            if (at >= 0 && (best == null || at < best.start())) {
                best = new TextSpans.Span(at, at + f.length());
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int s = Math.max(0, best.start() - 8);
        return Optional.of(new TextSpans.Span(s, best.end()));
    }
}
