package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class AppTotalRowRuleTest {
    private final AppTotalRowRule rule = new AppTotalRowRule();

    @Test
    void silentWhenOutcomesAddUp() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2019())).isEmpty();
    }

    @Test
    void firesWhenAnOutcomeIsOffByOne() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("otherOther").set(6, n(1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("（七）总计 3 ≠ 各办理结果之和 4");
            assertThat(f.expected).isEqualTo("4");
            assertThat(f.actual).isEqualTo("3");
            assertThat(f.cells).extracting(c -> c.row + "." + c.column).containsExactly("total.total");
        });
    }

    @Test
    void the2019RowOtherHandlingCounts() {
        ReportRecord r = TestRecords.t2019();
        r.applications.get("otherHandling").set(0, n(1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.messageEn).contains("naturalPerson"));
    }

    @Test
    void emptyTotalIsZero() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("total").set(5, null);
        assertThat(run(rule, r)).isEmpty();
        r.applications.get("total").set(6, null);
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("0"));
    }

    @Test
    void silentOn2008EraAndWithoutTheTable() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.applications.remove("total");
        assertThat(run(rule, r)).isEmpty();
    }
}
