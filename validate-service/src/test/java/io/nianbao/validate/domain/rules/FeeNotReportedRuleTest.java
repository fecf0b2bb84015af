package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class FeeNotReportedRuleTest {
    private final FeeNotReportedRule rule = new FeeNotReportedRule();

    private static ReportRecord withoutFee() {
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.FEE_COLLECTED));
        TestRecords.replaceText(r, "按照国办函〔2020〕109号规定，本年度未收取信息处理费。", "无。");
        return r;
    }

    @Test
    void silentWhenSectionSixSpeaksOfTheFee() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.FEE_COLLECTED));  // the words alone are enough
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void firesWhenSectionSixIsSilent() {
        assertThat(run(rule, withoutFee())).singleElement().satisfies(f -> {
            assertThat(f.section).isEqualTo(6);
            assertThat(f.evidence).contains("六、其他需要报告的事项").contains("无。");
        });
    }

    @Test
    void aFeeStatementInAnotherSectionIsEnough() {
        ReportRecord r = withoutFee();
        TestRecords.replaceText(r, "一是公开质量有待提升。", "一是公开质量有待提升。本年度未收取信息处理费。");
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void aFeeFigureIsEnough() {
        ReportRecord r = withoutFee();
        TestRecords.figure(r, FigureKeys.FEE_COLLECTED, "信息处理费", "0", "元", "无。", 6);
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void onlyFrom2021() {
        ReportRecord r = withoutFee();
        r.report.reportYear = 2020;
        assertThat(run(rule, r)).isEmpty();
        r.report.reportYear = 2021;
        assertThat(run(rule, r)).hasSize(1);
    }
}
