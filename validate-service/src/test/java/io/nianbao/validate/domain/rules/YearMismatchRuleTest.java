package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class YearMismatchRuleTest {
    private final YearMismatchRule rule = new YearMismatchRule();

    @Test
    void silentWhenAllAgree() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
    }

    @Test
    void publishedOnTheLastDayOfTheYearFires() {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "发布时间：2023-01-20", "发布时间：2022-12-31");
        r.report.publishedOn = "2022-12-31";
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).isEqualTo("2022年度报告发布于 2022-12-31，早于该年度结束");
            assertThat(f.evidence).contains("2022-12-31");
        });
        r.report.publishedOn = "2023-01-01";
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void periodNamingAnotherYearFires() {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "2022年1月1日至2022年12月31日", "2021年1月1日至2021年12月31日");
        r.report.statedPeriod = "2021年1月1日至2021年12月31日";
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.actual).isEqualTo("[2021]");
            assertThat(f.evidence).contains("2021年1月1日至2021年12月31日");
        });
    }

    @Test
    void titleNamingAnotherYearFires() {
        ReportRecord r = TestRecords.t2021();
        r.report.reportYear = 2023;
        r.report.statedPeriod = null;
        r.report.publishedOn = "2024-01-10";
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("2022"));
    }
}
