package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class TextSameFigureRuleTest {
    private final TextSameFigureRule rule = new TextSameFigureRule();

    private static ReportRecord with(String sentence) {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "一是公开质量有待提升。", "一是公开质量有待提升。" + sentence);
        return r;
    }

    @Test
    void silentWhenEachQuantityHasOneValue() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
    }

    @Test
    void firesOnTheSameLabelWithAnotherValue() {
        ReportRecord r = with("全年回应关切16条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "回应关切", "16", "条", "回应关切16条", 1);
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.actual).isEqualTo("15 vs 16");
            assertThat(f.evidence).isEqualTo("回应关切15条 … 回应关切16条");
        });
    }

    @Test
    void firesOnLabelsThatNameTheSameThingDifferently() {
        ReportRecord r = with("主动回应社会关心的热点问题17条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "主动回应社会关心的热点问题", "17", "条", "主动回应社会关心的热点问题17条", 1);
        assertThat(run(rule, r)).hasSize(1);
    }

    @Test
    void silentOnDifferentQuantitiesUnitsOrTheSameValue() {
        ReportRecord r = with("公开相关信息228条，召开新闻发布会2场，回应关切15条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "公开相关信息", "228", "条", "公开相关信息228条", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "召开新闻发布会", "2", "场", "召开新闻发布会2场", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "回应关切", "15", "条", "，回应关切15条", 1);
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void sameKeyTwiceWithTwoValues() {
        ReportRecord r = with("共收到政府信息公开申请5件。");
        TestRecords.figure(r, FigureKeys.APPLICATIONS_RECEIVED, "申请", "5", "件", "共收到政府信息公开申请5件。", 1);
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("3 vs 5"));
    }

    @Test
    void labelMatching() {
        assertThat(TextSameFigureRule.sameLabel("回应关切", "主动回应群众关心的热点问题信息")).isTrue();
        assertThat(TextSameFigureRule.sameLabel("政策解读", "政策解读")).isTrue();
        assertThat(TextSameFigureRule.sameLabel("公开信息", "公开相关信息")).isFalse();
        assertThat(TextSameFigureRule.sameLabel("行政许可", "政策解读")).isFalse();
        assertThat(TextSameFigureRule.sameLabel("回应关切", "的舆论监督主动回应群众关心的热点问题信息")).isTrue();
        assertThat(TextSameFigureRule.sameLabel("机构领导", "机构设置")).isTrue();   // alike: only a breakdown tells them apart
    }

    @Test
    void itemsOfOneBreakdownAreDistinctQuantities() {
        ReportRecord r = with("其中机构领导6条，机构设置5条。");
        ReportRecord.StatedFigure total = TestRecords.figure(r, FigureKeys.BREAKDOWN, "机构", "11", "条",
                "其中机构领导6条，机构设置5条", 5);
        total.parts = java.util.List.of(TestRecords.part(r, "机构领导", "6", "条", "机构领导6条"),
                TestRecords.part(r, "机构设置", "5", "条", "机构设置5条"));
        TestRecords.figure(r, FigureKeys.QUANTITY, "机构领导", "6", null, "机构领导6", 5);
        TestRecords.figure(r, FigureKeys.QUANTITY, "机构设置", "5", null, "机构设置5", 5);
        assertThat(run(rule, r)).isEmpty();
        total.parts.get(0).unit = "次";                     // not a partition: a list of highlights
        assertThat(run(rule, r)).hasSize(1);
    }
}
