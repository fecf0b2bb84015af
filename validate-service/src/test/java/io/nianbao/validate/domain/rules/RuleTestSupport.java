package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.Rule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs one rule the way the engine does (only when it applies) and checks every finding carries evidence. */
final class RuleTestSupport {
    private RuleTestSupport() {
    }

    static List<ReportRecord.Finding> run(Rule rule, ReportRecord record) {
        if (!rule.appliesTo(record)) {
            return List.of();
        }
        List<ReportRecord.Finding> out = rule.check(record);
        for (ReportRecord.Finding f : out) {
            assertThat(f.ruleId).isEqualTo(rule.id());
            assertThat(f.severity).isEqualTo(rule.severity());
            assertThat(f.evidence).as("evidence").isNotBlank();
            assertThat(f.messageZh).isNotBlank();
            assertThat(f.messageEn).isNotBlank();
            if (f.spanStart != null) {
                assertThat(f.spanEnd).isGreaterThanOrEqualTo(f.spanStart);
                assertThat(f.spanEnd).isLessThanOrEqualTo(record.text.length());
            }
        }
        return out;
    }
}
