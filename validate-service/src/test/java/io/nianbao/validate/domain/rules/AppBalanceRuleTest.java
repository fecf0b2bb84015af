package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class AppBalanceRuleTest {
    private final AppBalanceRule rule = new AppBalanceRule();

    @Test
    void silentWhenBalanced() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2019())).isEmpty();
    }

    @Test
    void firesOffByOneWithNumbersCellsAndSpan() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("carriedForward").set(6, n(1));   // 3 + 0 ≠ 3 + 1
        var fs = run(rule, r);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("本年新收 3 + 上年结转 0 = 3 ≠ （七）总计 3 + 结转下年度 1 = 4（差 1）");
            assertThat(f.cells).extracting(c -> c.row + "." + c.column)
                    .containsExactly("newReceived.total", "carriedOver.total", "total.total", "carriedForward.total");
            assertThat(f.section).isEqualTo(3);
            assertThat(f.evidence).contains("总计");
            assertThat(f.expected).endsWith("3");
            assertThat(f.actual).endsWith("4");
        });
    }

    @Test
    void carriedOverBalancesCarriedForward() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("carriedOver").set(6, n(2));
        r.applications.get("carriedOver").set(0, n(2));
        r.applications.get("carriedForward").set(6, n(2));
        r.applications.get("carriedForward").set(0, n(2));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void emptyCellsCountAsZero() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("carriedOver").set(6, null);
        r.applications.get("carriedForward").set(6, null);
        assertThat(run(rule, r)).isEmpty();
        r.applications.get("newReceived").set(6, null);           // 0 + 0 ≠ 3 + 0
        assertThat(run(rule, r)).singleElement()
                .satisfies(f -> assertThat(f.messageZh).contains("空(按0计)"));
    }

    @Test
    void silentOn2008EraAndWithoutTheTable() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.applications = null;
        assertThat(run(rule, r)).isEmpty();
        ReportRecord missingRow = TestRecords.t2021();
        missingRow.applications.remove("carriedForward");
        assertThat(run(rule, missingRow)).isEmpty();
    }

    @Test
    void withoutTextTheCellsAreTheEvidence() {
        ReportRecord r = TestRecords.t2021();
        r.text = null;
        r.sections.clear();
        r.applications.get("newReceived").set(0, n(5));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.spanStart).isNull();
            assertThat(f.evidence).contains("newReceived.naturalPerson=5");
        });
    }
}
