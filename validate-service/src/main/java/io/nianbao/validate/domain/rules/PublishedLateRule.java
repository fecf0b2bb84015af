package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.template.AgencyKind;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Dates;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PUBLISHED_LATE: published after the deadline ({@link AgencyKind#deadline}): from 2019, 31 January of Y+1 for a
 * department, 31 March for a government's own report (人民政府, and a body that governs a zone as one: 管委会,
 * 综合实验区, 新区, 开发区 …) and its general office (办公室/办公厅, which publishes it); 31 March for every report of
 * Y ≤ 2018. The kind comes from the template model ({@link AgencyKind#of}) over the canonical name, the name as
 * written and the record's agencyKind; when they disagree the later deadline holds, and when the kind is unknown no
 * report is called late (a guess is no finding).
 */
public final class PublishedLateRule extends AbstractRule {
    public static final String ID = "PUBLISHED_LATE";

    public PublishedLateRule() {
        super(ID, Severity.WARNING, "报告发布逾期", "Published late",
                "Y年度报告：2019年起部门报告应于Y+1年1月31日前发布，人民政府（含管委会、综合实验区、新区、开发区）及其办公室发布的本级报告于3月31日前；"
                        + "2018年及以前均为3月31日前。机关类别不明时不判逾期。",
                "Report of year Y: from 2019, a department's report is due by 31 January of Y+1 and a government's own "
                        + "report (also 管委会, 综合实验区, 新区, 开发区, and their general office) by 31 March; for Y ≤ 2018 "
                        + "every report is due by 31 March of Y+1. No finding when the kind of body is unknown.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        Optional<LocalDate> published = Dates.published(record);
        Integer year = year(record);
        if (published.isEmpty() || year == null) {
            return List.of();
        }
        AgencyKind kind = kind(record.report);
        if (kind == null) {
            return List.of(); // unknown kind: no report is called late on a guess
        }
        LocalDate due = kind.deadline(year);
        if (!published.get().isAfter(due)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(due, published.get());
        String kindZh = switch (kind) {
            case DEPARTMENT -> "部门";
            case GOVERNMENT -> "人民政府";
            case GOVERNMENT_OFFICE -> "政府办公室";
        };
        return List.of(finding(record)
                .message(year + "年度" + kindZh + "报告应于 " + due + " 前发布，实际发布于 " + published.get() + "（逾期 " + days + " 天）",
                        "A " + year + " report of a " + kind.key() + " is due by " + due + "; it was published on "
                                + published.get() + " (" + days + " day(s) late)")
                .span(Dates.span(record, published.get()).or(() -> TextSpans.titleSpan(record)))
                .fallbackEvidence("publishedOn=" + record.report.publishedOn)
                .expected("published on or before " + due)
                .actual(published.get().toString())
                .build());
    }

    /**
     * The kind from every source that names one (canonical name, name as written, agencyKind); a department only
     * when no source says government: the later deadline holds when they disagree. Null when none names a kind.
     */
    static AgencyKind kind(ReportRecord.Report report) {
        List<AgencyKind> kinds = new ArrayList<>();
        for (String name : new String[] {report.agencyCanonical, report.agency}) {
            AgencyKind k = AgencyKind.of(clean(name));
            if (k != null) {
                kinds.add(k);
            }
        }
        AgencyKind given = report.agencyKind == null ? null : AgencyKind.ofKey(report.agencyKind.strip());
        if (given != null) {
            kinds.add(given);
        }
        if (kinds.isEmpty()) {
            return null;
        }
        return kinds.stream().filter(k -> k != AgencyKind.DEPARTMENT).findFirst().orElse(AgencyKind.DEPARTMENT);
    }

    /** The name without a label the page put before it (标题: …) and without spaces. */
    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replaceAll("\\s+", "");
        int colon = Math.max(n.lastIndexOf(':'), n.lastIndexOf('：'));
        return colon >= 0 && colon < n.length() - 1 ? n.substring(colon + 1) : n;
    }
}
