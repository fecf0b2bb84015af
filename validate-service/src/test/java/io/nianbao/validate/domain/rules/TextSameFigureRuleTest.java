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
        ReportRecord r = with("主动回应社会关切17条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "主动回应社会关切", "17", "条", "主动回应社会关切17条", 1);
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("15 vs 17"));
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
    void oneQuantityIsOneKeyOfTheVocabulary() {
        assertThat(key("回应关切")).isEqualTo(key("主动回应社会关切")).isNotNull();
        assertThat(key("政策解读")).isEqualTo(key("发布政策解读")).isNotNull();
        assertThat(key("机构领导")).isNull();               // not in the vocabulary: never one quantity with another
        assertThat(key("机构设置")).isNull();
        assertThat(key("公开信息")).isNull();
        assertThat(key("行政许可")).isNotEqualTo(key("政策解读"));
    }

    @Test
    void institutionLeadersAndInstitutionSetupAreNotPaired() {
        ReportRecord r = with("公开机构领导6条，公开机构设置5条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "机构领导", "6", "条", "公开机构领导6条", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "机构设置", "5", "条", "公开机构设置5条", 1);
        assertThat(run(rule, r)).isEmpty();
    }

    private static String key(String label) {
        ReportRecord.StatedFigure f = new ReportRecord.StatedFigure();
        f.key = FigureKeys.QUANTITY;
        f.label = label;
        return io.nianbao.validate.domain.Stated.keyOf(f);
    }

    @Test
    void itemsOfOneBreakdownAreDistinctQuantities() {
        ReportRecord r = with("发布信息20条，其中政策解读6条，回应关切5条。");
        ReportRecord.StatedFigure total = TestRecords.figure(r, FigureKeys.BREAKDOWN, "发布信息", "20", "条",
                "发布信息20条，其中政策解读6条，回应关切5条", 1);
        total.parts = java.util.List.of(TestRecords.part(r, "政策解读", "6", "条", "政策解读6条"),
                TestRecords.part(r, "回应关切", "5", "条", "回应关切5条"));
        // 回应关切 15 stands in section 一 of the base record: the item of a list is not a second statement of it
        assertThat(run(rule, r)).isEmpty();
    }

    /** 003, 108, 110: a running total, an approximate figure and a flattened table row are not second statements. */
    @Test
    void cumulativeApproximateAndTableRowFiguresAreNotPaired() {
        ReportRecord r = with("2008-2016年累计回应关切85条，回应关切20余条。");
        TestRecords.figure(r, FigureKeys.QUANTITY, "2008-2016年累计回应关切", "85", "条", "2008-2016年累计回应关切85条", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "回应关切", "20", "条", "回应关切20余条", 1);
        assertThat(run(rule, r)).isEmpty();
        ReportRecord t = TestRecords.t2021();
        TestRecords.replaceText(t, "（本列数据的勾稽关系为", "共收到政府信息公开申请3件。本年新收政府信息公开申请数量3000003（本列数据的勾稽关系为");
        TestRecords.figure(t, FigureKeys.APPLICATIONS_RECEIVED, "共收到政府信息公开申请", "3", "件", "共收到政府信息公开申请3件", 3);
        TestRecords.figure(t, FigureKeys.APPLICATIONS_RECEIVED, "本年新收政府信息公开申请数量", "3000003", null,
                "本年新收政府信息公开申请数量3000003", 3);
        assertThat(run(rule, t)).isEmpty();
    }
}
