package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class TextBreakdownRuleTest {
    private final TextBreakdownRule rule = new TextBreakdownRule();

    private static ReportRecord.StatedFigure breakdown(ReportRecord r) {
        return r.figures.stream().filter(f -> f.key.equals(FigureKeys.BREAKDOWN)).findFirst().orElseThrow();
    }

    @Test
    void silentWhenThePartsAddUp() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
    }

    @Test
    void firesOffByOne() {
        ReportRecord r = TestRecords.t2021();
        breakdown(r).parts.get(1).value = n(101);
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).contains("共 120条").contains("20+101 = 121条（差 1）");
            assertThat(f.expected).isEqualTo("120");
            assertThat(f.actual).isEqualTo("121");
            assertThat(f.evidence).contains("其中政策文件20条");
        });
    }

    @Test
    void sharesAndMixedUnitsAreNotABreakdown() {
        ReportRecord r = TestRecords.t2021();
        ReportRecord.StatedFigure share = TestRecords.part(r, "占", "61.5", "%", "政策文件20条");
        share.value = n("61.5");
        breakdown(r).parts.add(share);
        assertThat(run(rule, r)).isEmpty();
        breakdown(r).parts.get(0).unit = "次";
        breakdown(r).parts.get(1).value = n(5);
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void aSinglePartIsNoBreakdown() {
        ReportRecord r = TestRecords.t2021();
        breakdown(r).parts = List.of(breakdown(r).parts.get(0));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void appliesToEveryTemplate() {
        ReportRecord r = TestRecords.t2008();
        ReportRecord.StatedFigure b = TestRecords.figure(r, FigureKeys.BREAKDOWN, "主动公开政府信息", "26", "条",
                "主动公开政府信息26条", 2);
        b.parts = List.of(TestRecords.part(r, "a", "20", "条", "政府信息26条"), TestRecords.part(r, "b", "5", "条", "26条"));
        assertThat(run(rule, r)).hasSize(1);
    }

    @Test
    void aTotalOfAnyKeyWithPartsIsABreakdown() {
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.BREAKDOWN));
        ReportRecord.StatedFigure total = r.figures.stream()
                .filter(f -> f.key.equals(FigureKeys.ACTIVE_DISCLOSED_COUNT)).findFirst().orElseThrow();
        total.parts = List.of(TestRecords.part(r, "政策文件", "20", "条", "政策文件20条"),
                TestRecords.part(r, "工作动态", "100", "条", "工作动态100条"));
        assertThat(run(rule, r)).isEmpty();
        total.value = n(121);
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("120"));
    }
}
