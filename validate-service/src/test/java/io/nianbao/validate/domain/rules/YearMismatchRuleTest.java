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
            assertThat(f.messageZh).isEqualTo("标题为 2022 年度的报告发布于 2022-12-31，早于该年度结束");
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
    void reportYearIsNotASourceOfItsOwn() {
        ReportRecord r = TestRecords.t2021();
        r.report.reportYear = 2023;                          // read from the title by the parser: not compared with it
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void firesWhenTheTitleAndTheTableHeadingNameTwoYears() {
        ReportRecord r = TestRecords.t2021();                 // title 2022
        r.sections.stream().filter(s -> s.number == 3).findFirst().orElseThrow().title = "2021年收到和处理政府信息公开申请情况";
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.section).isEqualTo(3);
            assertThat(f.actual).isEqualTo("[2021]");
            assertThat(f.expected).isEqualTo("2022");
        });
    }

    @Test
    void silentWhenTheIndependentSourcesAgreeAndWithoutATitleYear() {
        ReportRecord r = TestRecords.t2021();
        r.sections.stream().filter(s -> s.number == 3).findFirst().orElseThrow().title = "2022年收到和处理政府信息公开申请情况";
        assertThat(run(rule, r)).isEmpty();
        ReportRecord noYear = TestRecords.t2021();
        noYear.report.title = "政府信息公开工作年度报告";
        noYear.report.statedPeriod = "2021年1月1日至2021年12月31日";
        assertThat(run(rule, noYear)).isEmpty();             // nothing to compare the period with
    }
}
