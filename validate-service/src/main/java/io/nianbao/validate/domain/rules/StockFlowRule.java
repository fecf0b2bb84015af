package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Rows;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Doubt;
import io.nianbao.validate.domain.Num;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * STOCK_FLOW (2019 template): totalPublished &lt; newlyPublished. The second half of the rule (newlyPublished &gt;
 * newlyMade + the previous year's totalPublished) needs the previous report, which one record does not carry: it is
 * skipped here and belongs with the history rules of the store.
 */
public final class StockFlowRule extends AbstractRule {
    public static final String ID = "STOCK_FLOW";
    private static final List<String> ROWS = List.of("regulations", "normativeDocuments");

    public StockFlowRule() {
        super(ID, Severity.WARNING, "对外公开总数量小于本年新公开数量", "Total published is below newly published",
                "2019版第二部分 规章、规范性文件：对外公开总数量 不应小于 本年新公开数量（与上一年数据的比较需要历史数据，此处不做）。",
                "2019 template, section 二 regulations / normativeDocuments: totalPublished must not be below newlyPublished "
                        + "(the comparison with the previous year needs history and is not made here).");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public Set<String> templates() {
        return Set.of(TemplateKeys.T2019);
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.activeDisclosure == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (String row : ROWS) {
            Map<String, BigDecimal> r = record.activeDisclosure.get(row);
            if (r == null || !r.containsKey("totalPublished") || !r.containsKey("newlyPublished")
                    || Doubt.of(record).row(TemplateKeys.TABLE_ACTIVE, row)) {
                continue;
            }
            BigDecimal total = r.get("totalPublished");
            BigDecimal fresh = r.get("newlyPublished");
            if (Num.v(total).compareTo(Num.v(fresh)) >= 0) {
                continue;
            }
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            cells.put(row + ".newlyPublished", fresh);
            cells.put(row + ".totalPublished", total);
            out.add(finding(record)
                    .message("二、" + Rows.activeLabel(row, TemplateKeys.T2019) + "：对外公开总数量 " + Num.zh(total) + " < 本年新公开数量 " + Num.zh(fresh),
                            "Section 二, " + row + ": totalPublished " + Num.en(total) + " < newlyPublished " + Num.en(fresh))
                    .section(2)
                    .cell(TemplateKeys.TABLE_ACTIVE, row, "newlyPublished")
                    .cell(TemplateKeys.TABLE_ACTIVE, row, "totalPublished")
                    .span(Rows.active(row) == null ? Tables.sectionOrPhrase(record, 2, row)
                            : Tables.sectionOrPattern(record, 2, Rows.active(row).anchor()))
                    .fallbackEvidence(Tables.cellEvidence(TemplateKeys.TABLE_ACTIVE, cells))
                    .expected("totalPublished ≥ " + Num.fmt(fresh))
                    .actual(Num.fmt(total))
                    .build());
        }
        return out;
    }
}
