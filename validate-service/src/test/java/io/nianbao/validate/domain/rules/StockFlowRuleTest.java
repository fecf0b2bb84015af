package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class StockFlowRuleTest {
    private final StockFlowRule rule = new StockFlowRule();

    @Test
    void silentWhenTotalCoversNew() {
        ReportRecord r = TestRecords.t2019();
        assertThat(run(rule, r)).isEmpty();
        r.activeDisclosure.get("regulations").put("totalPublished", n(2));   // equal: fine
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void firesWhenTotalIsBelowNew() {
        ReportRecord r = TestRecords.t2019();
        r.activeDisclosure.get("normativeDocuments").put("newlyPublished", n(3));
        r.activeDisclosure.get("normativeDocuments").put("totalPublished", n(2));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("规范性文件：对外公开总数量 2 < 本年新公开数量 3");
            assertThat(f.section).isEqualTo(2);
        });
    }

    @Test
    void onlyThe2019Template() {
        ReportRecord r = TestRecords.t2019();
        r.activeDisclosure.get("regulations").put("totalPublished", n(1));
        r.report.template = "2021";
        assertThat(run(rule, r)).isEmpty();
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
    }
}
