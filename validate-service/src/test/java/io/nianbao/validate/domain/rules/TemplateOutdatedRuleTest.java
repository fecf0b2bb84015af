package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateOutdatedRuleTest {
    private final TemplateOutdatedRule rule = new TemplateOutdatedRule();

    @Test
    void silentOnTheRightTemplate() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2019())).isEmpty();     // 2020 on the 2019 template
        assertThat(run(rule, TestRecords.t2008())).isEmpty();     // 2016 on the 2008 template
    }

    @Test
    void firesOnA2021ReportOnThe2019Template() {
        ReportRecord r = TestRecords.t2019();
        r.report.reportYear = 2021;
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("2021年度报告使用了2019版格式");
            assertThat(f.section).isEqualTo(2);
            assertThat(f.evidence).contains("二、主动公开政府信息情况");
        });
    }

    @Test
    void firesOnA2020ReportWithoutTables() {
        ReportRecord r = TestRecords.t2008();
        r.report.reportYear = 2020;
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("template 2008"));
        r.report.template = "unknown";
        assertThat(run(rule, r)).hasSize(1);
    }

    @Test
    void noErrorWhereTheNewOutlineStandsButNoTableWasRead() {
        ReportRecord r = TestRecords.t2021();                     // tables printed as images: none read
        r.report.template = "unknown";
        r.activeDisclosure = null;
        r.applications = null;
        r.reviewLitigation = null;
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void boundaries() {
        ReportRecord r = TestRecords.t2008();
        r.report.reportYear = 2019;                               // 2019 may deviate
        assertThat(run(rule, r)).isEmpty();
        ReportRecord u = TestRecords.t2021();
        u.report.template = "unknown";                            // tables found: not outdated
        assertThat(run(rule, u)).isEmpty();
    }
}
