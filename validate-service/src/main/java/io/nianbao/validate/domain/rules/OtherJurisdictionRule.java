package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Divisions;
import io.nianbao.validate.domain.Divisions.Division;
import io.nianbao.validate.domain.Divisions.Mention;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OTHER_JURISDICTION: the body names a prefecture- or county-level jurisdiction that is neither the report's own
 * region, nor one of its ancestors (its city, its province), nor one of its descendants (a city's report may name
 * its districts): the mark of a report copied from another agency. The own region comes from report.regionCode,
 * else from the place names in agencyCanonical / agency / title. One finding per foreign name.
 */
public final class OtherJurisdictionRule extends AbstractRule {
    public static final String ID = "OTHER_JURISDICTION";
    private static final int CONTEXT = 16;

    private final Divisions divisions;

    public OtherJurisdictionRule() {
        this(Divisions.get());
    }

    public OtherJurisdictionRule(Divisions divisions) {
        super(ID, Severity.WARNING, "正文提到其他地区", "The body names another jurisdiction",
                "正文提到的区、县、市不是本报告所属地区，也不是其上级或下级（例如靖远县的报告写白银区子网站）：疑为抄袭他人报告。",
                "The body names a district, county or city that is neither the report's own region nor one of its "
                        + "ancestors or descendants (e.g. a 靖远县 report speaking of 白银区子网站): the mark of a copied report.");
        this.divisions = divisions;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.text == null || record.report == null) {
            return List.of();
        }
        List<Division> own = own(record);
        if (own.isEmpty()) {
            return List.of();
        }
        int[] body = body(record);
        Map<String, List<Mention>> foreign = new LinkedHashMap<>();
        for (Mention m : divisions.mentions(record.text.substring(body[0], body[1]))) {
            boolean related = m.candidates().stream().anyMatch(d -> own.stream().anyMatch(o -> Divisions.related(o, d)));
            if (!related) {
                foreign.computeIfAbsent(m.name(), k -> new ArrayList<>())
                        .add(new Mention(m.name(), m.start() + body[0], m.end() + body[0], m.candidates()));
            }
        }
        String ownName = own.stream().map(d -> d.name() + "（" + d.code() + "）").collect(Collectors.joining("/"));
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (List<Mention> ms : foreign.values()) {
            Mention m = ms.get(0);
            String where = m.candidates().stream().map(this::fullName).collect(Collectors.joining("、"));
            int s = Math.max(0, m.start() - CONTEXT);
            int e = Math.min(record.text.length(), m.end() + CONTEXT);
            out.add(finding(record)
                    .message("正文提到「" + m.name() + "」（" + where + "）" + (ms.size() > 1 ? "共 " + ms.size() + " 处" : "")
                                    + "，不是本报告所属的 " + ownName + "，也不是其上级或下级地区：请核实是否抄自他人报告",
                            "The body names " + m.name() + " (" + where + ")" + (ms.size() > 1 ? ", " + ms.size() + " times" : "")
                                    + ", which is neither the report's own region " + ownName
                                    + " nor one of its ancestors or descendants: check whether the text was copied")
                    .section(sectionAt(record, m.start()))
                    .span(s, e)
                    .expected(ownName + " or its ancestors/descendants")
                    .actual(m.name())
                    .build());
        }
        return out;
    }

    private String fullName(Division d) {
        StringBuilder sb = new StringBuilder();
        if (d.level() >= 2) {
            divisions.byCode(d.provinceCode()).ifPresent(p -> sb.append(p.name()));
        }
        if (d.level() == 3) {
            divisions.byCode(d.cityCode()).filter(c -> !c.name().equals("市辖区") && !c.name().equals("县")
                    && !c.name().contains("直辖")).ifPresent(c -> sb.append(c.name()));
        }
        return sb.append(d.name()).append(' ').append(d.code()).toString();
    }

    private List<Division> own(ReportRecord record) {
        var byCode = divisions.byCode(record.report.regionCode);
        if (byCode.isPresent()) {
            return List.of(byCode.get());
        }
        for (String name : Stream.of(record.report.agencyCanonical, record.report.agency, record.report.title)
                .filter(n -> n != null && !n.isBlank()).toList()) {
            List<Mention> ms = divisions.mentions(name);
            if (!ms.isEmpty()) {
                Mention last = ms.get(ms.size() - 1);
                return last.candidates();
            }
        }
        return List.of();
    }

    /** From the first section to the end of the last one (portal chrome around the report is left out). */
    private static int[] body(ReportRecord record) {
        int start = 0;
        int end = record.text.length();
        if (record.sections != null && !record.sections.isEmpty()) {
            int s = Integer.MAX_VALUE;
            int e = -1;
            for (ReportRecord.Section sec : record.sections) {
                var span = TextSpans.sectionSpan(record, sec.number);
                if (span.isPresent()) {
                    s = Math.min(s, span.get().start());
                    e = Math.max(e, span.get().end());
                }
            }
            if (e > s) {
                start = s;
                end = e;
            }
        }
        return new int[] {start, end};
    }

    private static Integer sectionAt(ReportRecord record, int pos) {
        if (record.sections == null) {
            return null;
        }
        for (ReportRecord.Section sec : record.sections) {
            var span = TextSpans.sectionSpan(record, sec.number);
            if (span.isPresent() && span.get().start() <= pos && pos < span.get().end()) {
                return sec.number;
            }
        }
        return null;
    }
}
