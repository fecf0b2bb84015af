package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Figures;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FEE_NOT_REPORTED: a report of 2021 onward whose section 六 says nothing about the 信息处理费 (国办函〔2020〕109号).
 * Read tolerantly: a feeCollected figure anywhere, or 处理费 / 109号 in section 六 (or anywhere, when the parser did
 * not find section 六) is enough.
 */
public final class FeeNotReportedRule extends AbstractRule {
    public static final String ID = "FEE_NOT_REPORTED";
    /** Outside section 六 only the fee's own name counts (收费…情况 could be section 二's 行政事业性收费). */
    private static final Pattern FEE_ANYWHERE = Pattern.compile("信\\s*息\\s*处\\s*理\\s*费|国办函〔2020〕109\\s*号");
    private static final Pattern FEE = Pattern.compile("处\\s*理\\s*费|109\\s*号|收取.{0,12}费用|收费.{0,6}情况");

    public FeeNotReportedRule() {
        super(ID, Severity.WARNING, "未报告信息处理费", "Information processing fee not reported",
                "2021年度及以后的报告，第六部分应说明按国办函〔2020〕109号收取信息处理费的情况。",
                "From report year 2021, section 六 must state the 信息处理费 collected under 国办函〔2020〕109号.");
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public Integer fromYear() {
        return 2021;
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (!Figures.withKey(record, FigureKeys.FEE_COLLECTED).isEmpty()) {
            return List.of();
        }
        Optional<TextSpans.Span> six = TextSpans.sectionSpan(record, 6);
        String sixText = six.map(s -> record.text.substring(s.start(), s.end()))
                .or(() -> TextSpans.section(record, 6).map(s -> s.text)).orElse(null);
        if (sixText != null && FEE.matcher(sixText).find()) {
            return List.of();
        }
        if (record.text != null && FEE_ANYWHERE.matcher(record.text).find()) {
            return List.of(); // the report does say it (in another section, or section 六 was not found where it stands)
        }
        String template = template(record);
        if (TemplateKeys.T2008.equals(template) && sixText == null) {
            return List.of();
        }
        return List.of(finding(record)
                .message(sixText == null
                                ? "未找到第六部分，全文也没有说明信息处理费的收取情况（国办函〔2020〕109号）"
                                : "第六部分「其他需要报告的事项」没有说明信息处理费的收取情况（国办函〔2020〕109号）",
                        sixText == null
                                ? "No section 六, and the text says nothing about the 信息处理费 (国办函〔2020〕109号)"
                                : "Section 六 says nothing about the 信息处理费 collected (国办函〔2020〕109号)")
                .section(6)
                .span(six.or(() -> TextSpans.tail(record, 120)))
                .fallbackEvidence(sixText == null ? "section 六 absent" : "section 六: " + sixText.strip())
                .expected("a statement on the 信息处理费")
                .actual(sixText == null ? "section 六 absent" : "none")
                .build());
    }
}
