package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.AbstractRule;
import io.nianbao.validate.domain.Rule;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.TextSpans;

import java.util.List;

/**
 * RULE_FAILED (warning): a rule of the catalogue threw on this record, so its check was not made. The engine raises
 * it (one finding per failed rule, naming the rule and the error) and the record's summary status becomes
 * {@code incomplete}: a record whose rules could not all run is never {@code clean}.
 */
public final class RuleFailedRule extends AbstractRule {
    public static final String ID = "RULE_FAILED";

    public RuleFailedRule() {
        super(ID, Severity.WARNING, "规则未能执行", "A rule could not run",
                "某条规则在本报告上执行出错，该项检查没有做：报告的状态为 incomplete（不完整），不是 clean。",
                "A rule threw on this record, so its check was not made: the record's status is incomplete, never clean.");
    }

    /** Raised by the engine, not by a check of its own. */
    @Override
    public List<ReportRecord.Finding> check(ReportRecord record) {
        return List.of();
    }

    /** The finding for {@code failed} having thrown {@code e} on {@code record}. */
    public ReportRecord.Finding failure(ReportRecord record, Rule failed, RuntimeException e) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (why.length() > 300) {
            why = why.substring(0, 300) + "…";
        }
        return finding(record)
                .message("规则 " + failed.id() + " 执行出错，未做该项检查（" + why + "）",
                        "Rule " + failed.id() + " failed on this record and was not checked (" + why + ")")
                .span(TextSpans.titleSpan(record))
                .evidence(failed.id() + ": " + why)
                .expected(failed.id() + " checked")
                .actual("failed: " + why)
                .build();
    }
}
