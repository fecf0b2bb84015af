package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class CountNotWholeRuleTest {
    private final CountNotWholeRule rule = new CountNotWholeRule();

    @Test
    void silentOnWholeCountsAndDecimalAmounts() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();   // fees.amount 66.4866
        assertThat(run(rule, TestRecords.t2019())).isEmpty();   // procurement.totalAmount 25.1
    }

    @Test
    void firesOnAFractionalCount() {
        ReportRecord r = TestRecords.t2021();
        r.activeDisclosure.get("licensing").put("decisions", n("64.5"));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("行政许可").contains("64.5 不是整数");
            assertThat(f.cells).extracting(c -> c.table + ":" + c.row + "." + c.column)
                    .containsExactly("activeDisclosure:licensing.decisions");
        });
    }

    @Test
    void firesOnANegativeCountButNotOnA2019Change() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("granted").set(2, n(-1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.messageEn).contains("-1 is negative"));
        ReportRecord c = TestRecords.t2019();
        c.activeDisclosure.get("licensing").put("change", n(-2));
        assertThat(run(rule, c)).isEmpty();
        c.activeDisclosure.get("licensing").put("change", n("-2.5"));
        assertThat(run(rule, c)).hasSize(1);
    }

    @Test
    void wholeNumbersWrittenWithDecimalsAreWhole() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("upheld", n("1.00"));
        r.reviewLitigation.get("review").put("total", n("1"));
        assertThat(run(rule, r)).isEmpty();
        r.reviewLitigation.get("review").put("upheld", n("0.01"));
        assertThat(run(rule, r)).hasSize(1);
    }

    @Test
    void silentOn2008Era() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
    }
}
