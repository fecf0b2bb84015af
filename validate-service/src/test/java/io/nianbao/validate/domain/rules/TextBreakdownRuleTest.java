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
        TestRecords.replaceText(r, "2016年我局主动公开政府信息26条。", "2016年我局主动公开政府信息26条，其中文件类20条、动态类5条。");
        ReportRecord.StatedFigure b = TestRecords.figure(r, FigureKeys.BREAKDOWN, "主动公开政府信息", "26", "条",
                "主动公开政府信息26条，其中文件类20条、动态类5条", 2);
        b.parts = List.of(TestRecords.part(r, "文件类", "20", "条", "文件类20条"), TestRecords.part(r, "动态类", "5", "条", "动态类5条"));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("25"));
    }

    /** 101 (淮安市, 2024): a total with counts of other things after it is no breakdown. */
    @Test
    void aTotalFollowedByUnrelatedCountsIsNoBreakdown() {
        ReportRecord r = TestRecords.t2021();
        String sentence = "全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）。";
        TestRecords.replaceText(r, "一是公开质量有待提升。", "一是公开质量有待提升。" + sentence);
        ReportRecord.StatedFigure t = TestRecords.figure(r, FigureKeys.BREAKDOWN, "全市共受理政府信息公开申请", "3119", "件",
                sentence.substring(0, sentence.length() - 1), 5);
        t.parts = List.of(TestRecords.part(r, "答复", "3050", "件", "答复3050件"),
                TestRecords.part(r, "（含上年度结转申请", "34", "件", "（含上年度结转申请34件"),
                TestRecords.part(r, "另有", "103", "件", "另有103件"));
        assertThat(run(rule, r)).isEmpty();
    }

    /** 101: the list of the 行政复议 total ends where the 行政诉讼 total with its own 其中 begins. */
    @Test
    void aListEndsWhereAPartHeadsAListOfItsOwn() {
        ReportRecord r = TestRecords.t2021();
        String sentence = "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；"
                + "政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。";
        TestRecords.replaceText(r, "一是公开质量有待提升。", "一是公开质量有待提升。" + sentence);
        ReportRecord.StatedFigure t = TestRecords.figure(r, FigureKeys.BREAKDOWN, "政府信息公开行政复议", "351", "件",
                sentence.substring(0, sentence.length() - 1), 5);
        List<ReportRecord.StatedFigure> parts = new java.util.ArrayList<>();
        int from = sentence.indexOf("其中");
        for (String p : List.of("结果维持72件", "结果纠正64件", "其他结果178件", "尚未审结37件", "政府信息公开行政诉讼46件",
                "结果维持25件", "结果纠正5件", "其他结果9件", "尚未审结7件")) {
            int at = r.text.indexOf(p, r.text.indexOf(sentence) + from);
            from = at - r.text.indexOf(sentence) + p.length();
            ReportRecord.StatedFigure f = new ReportRecord.StatedFigure();
            f.key = "part";
            f.label = p.replaceAll("\\d+件", "");
            f.value = n(p.replaceAll("\\D", ""));
            f.unit = "件";
            f.start = at;
            f.end = at + p.length();
            parts.add(f);
        }
        t.parts = parts;
        assertThat(run(rule, r)).isEmpty();                    // 72+64+178+37 = 351
        parts.get(2).value = n(177);
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("350"));
    }

    @Test
    void aSelectionUnderHalfOfTheTotalIsNotChecked() {
        ReportRecord r = TestRecords.t2021();
        breakdown(r).parts.get(0).value = n(5);
        breakdown(r).parts.get(1).value = n(10);             // 15 of 120: the main items, not all of them
        assertThat(run(rule, r)).isEmpty();
        breakdown(r).parts.get(1).value = n(200);            // parts above the total are always wrong
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
