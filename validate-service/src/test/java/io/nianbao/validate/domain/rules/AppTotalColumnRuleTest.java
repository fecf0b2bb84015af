package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class AppTotalColumnRuleTest {
    private final AppTotalColumnRule rule = new AppTotalColumnRule();

    @Test
    void silentWhenRowsAddUp() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2019())).isEmpty();
    }

    @Test
    void firesOnTheRowThatDoesNotAddUp() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("granted").set(3, n(1));      // 1+1+0+1 = 3 ≠ 2
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("（一）予以公开：总计 2 ≠ 六类申请人之和 1 + 1 + 0 + 1 + 0 + 0 = 3（差 1）");
            assertThat(f.cells).hasSize(7).allSatisfy(c -> assertThat(c.row).isEqualTo("granted"));
            assertThat(f.evidence).contains("予以公开");
        });
    }

    @Test
    void emptyCellsAreZeroAndShortRowsArePadded() {
        ReportRecord r = TestRecords.t2021();
        r.applications.put("deniedStateSecret", TestRecords.row(null, null, null));
        assertThat(run(rule, r)).isEmpty();
        r.applications.put("deniedStateSecret", TestRecords.row(1, null, null));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.messageZh).contains("总计 空(按0计)"));
    }

    @Test
    void silentOn2008Era() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
    }
}
