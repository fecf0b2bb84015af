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
 * YEAR_MISMATCH: sources that are independent of one another name different years. The base is the year the title
 * names (…2022年政府信息公开工作年度报告); it is compared with the stated statistical period (统计期限 / 本报告中所列数据的
 * 统计期限自…), with the publication date (a report is not published before its year ended) and with the years the
 * table headings of sections 二…四 name. reportYear is not a source of its own (the parser reads it from the title),
 * so a title is never compared with itself; without a year in the title nothing is compared.
 */
public final class YearMismatchRule extends AbstractRule {
    public static final String ID = "YEAR_MISMATCH";
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?[^\\n]{0,30}?(?:政府)?信息公开");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern HEADING_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

    public YearMismatchRule() {
        super(ID, Severity.ERROR, "年度不一致", "Years disagree",
                "相互独立的来源所示年度应一致：标题年度、统计期限、发布日期（不得早于该年度结束）、第二至四部分表格标题中的年份。",
                "Independent sources must name one year: the title's year, the stated statistical period (统计期限), the "
                        + "publication date (not before the year ended) and the years in the table headings of sections 二…四.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        Integer year = titleYear(record.report == null ? null : record.report.title);
        if (year == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        String period = record.report.statedPeriod;
        if (period != null) {
            Set<Integer> years = years(ANY_YEAR, period);
            years.remove(year);
            if (!years.isEmpty()) {
                Optional<TextSpans.Span> at = record.text == null ? Optional.empty()
                        : TextSpans.find(record.text, new TextSpans.Span(0, record.text.length()), period);
                out.add(finding(record)
                        .message("统计期限「" + period + "」写的是 " + years + " 年，而标题年度是 " + year,
                                "The stated period \"" + period + "\" names " + years + " while the title names " + year)
                        .span(at)
                        .fallbackEvidence("statedPeriod=" + period)
                        .expected(String.valueOf(year)).actual(years.toString()).build());
            }
        }
        Optional<LocalDate> published = Dates.published(record);
        if (published.isPresent() && !published.get().isAfter(LocalDate.of(year, 12, 31))) {
            out.add(finding(record)
                    .message("标题为 " + year + " 年度的报告发布于 " + published.get() + "，早于该年度结束",
                            "A report titled for " + year + " was published on " + published.get() + ", before the year ended")
                    .span(Dates.span(record, published.get()).or(() -> TextSpans.titleSpan(record)))
                    .fallbackEvidence("publishedOn=" + record.report.publishedOn)
                    .expected("published after " + year + "-12-31")
                    .actual(published.get().toString()).build());
        }
        if (record.sections != null) {
            for (ReportRecord.Section s : record.sections) {
                if (s.number < 2 || s.number > 4 || s.title == null) {
                    continue;
                }
                Set<Integer> years = years(HEADING_YEAR, s.title);
                years.remove(year);
                if (years.isEmpty()) {
                    continue;
                }
                var b = finding(record)
                        .message("第" + TextSpans.numeral(s.number) + "部分标题「" + s.title + "」写的是 " + years + " 年，而标题年度是 " + year,
                                "The heading of section " + TextSpans.numeral(s.number) + " (" + s.title + ") names " + years
                                        + " while the title names " + year)
                        .section(s.number)
                        .fallbackEvidence(s.title)
                        .expected(String.valueOf(year)).actual(years.toString());
                if (s.start != null && record.text != null) {
                    int st = s.start;
                    b.span(st, Math.min(record.text.length(), st + s.title.length() + 4));
                }
                out.add(b.build());
            }
        }
        return out;
    }

    /** The year the title reports on (2022年度政府信息公开工作年度报告), or null. */
    static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static Set<Integer> years(Pattern p, String s) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
