package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewTotalRuleTest {
    private final ReviewTotalRule rule = new ReviewTotalRule();

    @Test
    void silentWhenTotalsAddUp() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("upheld", n(2));
        r.reviewLitigation.get("review").put("pending", n(1));
        r.reviewLitigation.get("review").put("total", n(3));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void firesPerGroupOffByOne() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("litigationAfterReview").put("corrected", n(1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("行政诉讼（复议后起诉）：总计 0 ≠ 结果维持+结果纠正+其他结果+尚未审结 0 + 1 + 0 + 0 = 1（差 1）");
            assertThat(f.cells).allSatisfy(c -> assertThat(c.row).isEqualTo("litigationAfterReview"));
            assertThat(f.section).isEqualTo(4);
            assertThat(f.evidence).contains("复议后起诉");
        });
    }

    @Test
    void emptyCellsAreZero() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("total", null);
        r.reviewLitigation.get("review").put("other", null);
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void silentOn2008EraAndWithoutTheTable() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation = null;
        assertThat(run(rule, r)).isEmpty();
    }
}
