package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Dates;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PUBLISHED_LATE: published after the deadline. Reports of year Y ≥ 2019: 31 January of Y+1 for a department,
 * 31 March of Y+1 for a people's government's own report; reports of Y ≤ 2018: 31 March of Y+1. When agencyKind is
 * not given it is read from the agency's name (…人民政府 = government; …局/委/办/厅/中心… = department); when that
 * fails too the later deadline (31 March) is used, so that no report is called late on a guess.
 */
public final class PublishedLateRule extends AbstractRule {
    public static final String ID = "PUBLISHED_LATE";
    private static final Pattern DEPARTMENT = Pattern.compile(".*(局|委员会|委|办公室|办|厅|中心|院|部|署|所|站|队|会)$");

    public PublishedLateRule() {
        super(ID, Severity.WARNING, "报告发布逾期", "Published late",
                "Y年度报告：2019年起部门报告应于Y+1年1月31日前发布，人民政府本级报告于3月31日前；2018年及以前均为3月31日前。",
                "Report of year Y: from 2019, a department's report is due by 31 January of Y+1 and a people's government's "
                        + "own report by 31 March; for Y ≤ 2018 every report is due by 31 March of Y+1.");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        Optional<LocalDate> published = Dates.published(record);
        Integer year = year(record);
        if (published.isEmpty() || year == null) {
            return List.of();
        }
        String kind = kind(record.report);
        boolean january = year >= 2019 && "department".equals(kind);
        LocalDate due = january ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year + 1, 3, 31);
        if (!published.get().isAfter(due)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(due, published.get());
        String kindZh = "department".equals(kind) ? "部门" : "government".equals(kind) ? "人民政府" : "机关（类别不明）";
        return List.of(finding(record)
                .message(year + "年度" + kindZh + "报告应于 " + due + " 前发布，实际发布于 " + published.get() + "（逾期 " + days + " 天）",
                        "A " + year + " report of a " + (kind == null ? "body of unknown kind" : kind) + " is due by " + due
                                + "; it was published on " + published.get() + " (" + days + " day(s) late)")
                .span(Dates.span(record, published.get()).or(() -> TextSpans.titleSpan(record)))
                .fallbackEvidence("publishedOn=" + record.report.publishedOn)
                .expected("published on or before " + due)
                .actual(published.get().toString())
                .build());
    }

    static String kind(ReportRecord.Report report) {
        if (report.agencyKind != null && !report.agencyKind.isBlank()) {
            return report.agencyKind;
        }
        String name = report.agencyCanonical != null ? report.agencyCanonical : report.agency;
        if (name == null || name.isBlank()) {
            return null;
        }
        name = name.strip();
        if (name.endsWith("人民政府") || name.endsWith("政府")) {
            return "government";
        }
        return DEPARTMENT.matcher(name).matches() ? "department" : null;
    }
}
