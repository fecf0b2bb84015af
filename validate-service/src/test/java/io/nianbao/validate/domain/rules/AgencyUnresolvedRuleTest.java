package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class AgencyUnresolvedRuleTest {
    private final AgencyUnresolvedRule rule = new AgencyUnresolvedRule();

    @Test
    void silentWhenResolved() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
    }

    @Test
    void firesWithoutRegionCode() {
        ReportRecord r = TestRecords.t2021();
        r.report.regionCode = null;
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).isEqualTo("发布机关「滁州市琅琊区人社局」的地区代码未能识别");
            assertThat(f.evidence).contains("滁州市琅琊区人社局");
        });
    }

    @Test
    void firesWithoutCanonicalNameOrWithABadCode() {
        ReportRecord r = TestRecords.t2021();
        r.report.agencyCanonical = " ";
        assertThat(run(rule, r)).hasSize(1);
        ReportRecord c = TestRecords.t2021();
        c.report.regionCode = "3411";
        assertThat(run(rule, c)).hasSize(1);
    }
}
