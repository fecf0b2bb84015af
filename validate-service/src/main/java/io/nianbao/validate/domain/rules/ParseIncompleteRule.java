package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PARSE_INCOMPLETE (warning): the parser left a PARSE_ERROR note (a step of the parse failed: normalization, sections,
 * metadata, tables or figures), so what the rules see is incomplete: the record's summary status becomes
 * {@code incomplete}, never {@code clean}. One finding per note, with the parser's message.
 */
public final class ParseIncompleteRule extends AbstractRule {
    public static final String ID = "PARSE_INCOMPLETE";
    static final Set<String> CODES = Set.of("PARSE_ERROR", "PARSER_ERROR");

    public ParseIncompleteRule() {
        super(ID, Severity.WARNING, "解析不完整", "The parse is incomplete",
                "解析器报告某一步出错（PARSE_ERROR）：表格、数字或章节可能缺失，各项检查不完整；报告状态为 incomplete（不完整）。",
                "The parser reports that a step failed (PARSE_ERROR): tables, figures or sections may be missing and the "
                        + "checks are incomplete; the record's status is incomplete.");
    }

    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        if (record.parseNotes == null) {
            return List.of();
        }
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (ReportRecord.ParseNote n : record.parseNotes) {
            if (n == null || n.code == null || !CODES.contains(n.code)) {
                continue;
            }
            String why = n.message == null ? n.code : n.message;
            out.add(finding(record)
                    .message("解析出错，检查不完整：" + why, "The parser failed on a step, the checks are incomplete: " + why)
                    .section(n.section)
                    .evidence(n.code + ": " + why)
                    .expected("a complete parse")
                    .actual(n.code)
                    .build());
        }
        return out;
    }
}
