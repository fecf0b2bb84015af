package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.List;

/** AGENCY_UNRESOLVED (info): the agency or its region was not resolved to a canonical name and a GB/T 2260 code. */
public final class AgencyUnresolvedRule extends AbstractRule {
    public static final String ID = "AGENCY_UNRESOLVED";

    public AgencyUnresolvedRule() {
        super(ID, Severity.INFO, "机关或地区未识别", "Agency or region unresolved",
                "未能把发布机关解析为规范名称及其地区的 GB/T 2260 代码（跨报告比较将无法进行）。",
                "The agency could not be resolved to a canonical name and its region to a GB/T 2260 code (comparisons "
                        + "across reports will not find it).");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        ReportRecord.Report r = record.report;
        boolean canonical = r != null && r.agencyCanonical != null && !r.agencyCanonical.isBlank();
        boolean region = r != null && r.regionCode != null && r.regionCode.matches("\\d{6}");
        if (canonical && region) {
            return List.of();
        }
        String agency = r == null ? null : r.agency;
        String what = !canonical && !region ? "机关名称和地区代码" : !canonical ? "机关规范名称" : "地区代码";
        String whatEn = !canonical && !region ? "canonical name and region code" : !canonical ? "canonical name" : "region code";
        return List.of(finding(record)
                .message("发布机关「" + (agency == null ? "未知" : agency) + "」的" + what + "未能识别",
                        "The " + whatEn + " of the agency \"" + (agency == null ? "unknown" : agency) + "\" could not be resolved")
                .span(TextSpans.titleSpan(record))
                .fallbackEvidence("agency=" + agency + ", agencyCanonical=" + (r == null ? null : r.agencyCanonical)
                        + ", regionCode=" + (r == null ? null : r.regionCode))
                .expected("agencyCanonical and a 6-digit regionCode")
                .actual("agencyCanonical=" + (r == null ? null : r.agencyCanonical) + ", regionCode=" + (r == null ? null : r.regionCode))
                .build());
    }
}
