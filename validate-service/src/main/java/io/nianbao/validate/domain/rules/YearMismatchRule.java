package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Dates;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YEAR_MISMATCH: the title year, the stated statistical period (统计期限) and the publication date disagree: the
 * title names another year than reportYear, the period names another year, or the report was published before its
 * year ended.
 */
public final class YearMismatchRule extends AbstractRule {
    public static final String ID = "YEAR_MISMATCH";
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    public YearMismatchRule() {
        super(ID, Severity.ERROR, "年度不一致", "Years disagree",
                "标题年度、统计期限与发布日期应一致：统计期限不得是其他年份，报告不得在该年度结束前发布。",
                "The title year, the stated statistical period (统计期限) and the publication date must agree: the period "
                        + "names no other year and the report is not published before its year ended.");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        Integer year = year(record);
        if (year == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        String title = record.report.title;
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find() && Integer.parseInt(m.group(1)) != year) {
                int titleYear = Integer.parseInt(m.group(1));
                out.add(finding(record)
                        .message("标题年度 " + titleYear + " 与报告年度 " + year + " 不一致", "The title names " + titleYear
                                + " while the report year is " + year)
                        .span(TextSpans.titleSpan(record))
                        .fallbackEvidence("title=" + title)
                        .expected(String.valueOf(year)).actual(String.valueOf(titleYear)).build());
            }
        }
        String period = record.report.statedPeriod;
        if (period != null) {
            Set<Integer> years = new LinkedHashSet<>();
            Matcher m = ANY_YEAR.matcher(period);
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
            years.remove(year);
            if (!years.isEmpty()) {
                Optional<TextSpans.Span> at = record.text == null ? Optional.empty()
                        : TextSpans.find(record.text, new TextSpans.Span(0, record.text.length()), period);
                out.add(finding(record)
                        .message("统计期限「" + period + "」写的是 " + years + " 年，而报告年度是 " + year,
                                "The stated period \"" + period + "\" names " + years + " while the report year is " + year)
                        .span(at)
                        .fallbackEvidence("statedPeriod=" + period)
                        .expected(String.valueOf(year)).actual(years.toString()).build());
            }
        }
        Optional<LocalDate> published = Dates.published(record);
        if (published.isPresent() && !published.get().isAfter(LocalDate.of(year, 12, 31))) {
            out.add(finding(record)
                    .message(year + "年度报告发布于 " + published.get() + "，早于该年度结束",
                            "A " + year + " report published on " + published.get() + ", before the year ended")
                    .span(Dates.span(record, published.get()).or(() -> TextSpans.titleSpan(record)))
                    .fallbackEvidence("publishedOn=" + record.report.publishedOn)
                    .expected("published after " + year + "-12-31")
                    .actual(published.get().toString()).build());
        }
        return out;
    }
}
