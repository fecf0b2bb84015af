package io.nianbao.parse.domain;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord.StatedFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureExtractorTest {

    static List<StatedFigure> of(String text) {
        return FigureExtractor.extract(text, p -> false);
    }

    static List<BigDecimal> values(String text, String key) {
        return of(text).stream().filter(f -> f.key.equals(key)).map(f -> f.value).toList();
    }

    @Test
    void applicationsReceivedPhraseVariants() {
        assertThat(values("2022年,共收到政府信息公开申请12件,均按时答复。", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(new BigDecimal("12"));
        assertThat(values("本年度我局收到三件政府信息公开申请。", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(new BigDecimal("3"));
        assertThat(values("全年受理依申请公开十二件。", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(new BigDecimal("12"));
        assertThat(values(new TextNormalizer().normalize("全年收到依申请公开申请信息 1 件;").text(), FigureKeys.APPLICATIONS_RECEIVED))
                .containsExactly(BigDecimal.ONE);
        assertThat(values("本年度未收到政府信息公开申请。", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(BigDecimal.ZERO);
        assertThat(values("全年未收到依申请公开受理", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(BigDecimal.ZERO);
        assertThat(values("2016年,全局未接到公民或组织的政府信息公开申请", FigureKeys.APPLICATIONS_RECEIVED)).containsExactly(BigDecimal.ZERO);
    }

    @Test
    void applicationsNotConfusedWithOtherCounts() {
        assertThat(values("收到行政复议申请2件。", FigureKeys.APPLICATIONS_RECEIVED)).isEmpty();
        assertThat(values("历年累计共受理政府信息公开申请40件。", FigureKeys.APPLICATIONS_RECEIVED)).isEmpty();
        assertThat(values("收到人大代表建议5件。", FigureKeys.APPLICATIONS_RECEIVED)).isEmpty();
    }

    @Test
    void activeDisclosure() {
        String thousands = new TextNormalizer().normalize("2021年,我局共主动公开政府信息1,234条,其中").text();
        assertThat(values(thousands, FigureKeys.ACTIVE_DISCLOSED_COUNT)).containsExactly(new BigDecimal("1234"));
        assertThat(values("全年主动公开政府信息十二条。", FigureKeys.ACTIVE_DISCLOSED_COUNT)).containsExactly(new BigDecimal("12"));
        assertThat(values("全年政府信息公开发布信息384条,其中", FigureKeys.ACTIVE_DISCLOSED_COUNT)).containsExactly(new BigDecimal("384"));
        assertThat(values("2023年,门户网站公开信息400条。", FigureKeys.ACTIVE_DISCLOSED_COUNT)).containsExactly(new BigDecimal("400"));
        assertThat(values("累计发布微博、微信506篇。", FigureKeys.ACTIVE_DISCLOSED_COUNT)).isEmpty();
        assertThat(values("增加了防疫栏目,公开信息12条。", FigureKeys.ACTIVE_DISCLOSED_COUNT)).isEmpty();
    }

    @Test
    void reviewAndLitigation() {
        String none = "未发生因政府信息公开引起的行政复议、行政诉讼。";
        assertThat(values(none, FigureKeys.REVIEW_COUNT)).containsExactly(BigDecimal.ZERO);
        assertThat(values(none, FigureKeys.LITIGATION_COUNT)).containsExactly(BigDecimal.ZERO);
        String some = "本年度发生行政复议2件,行政诉讼1起。";
        assertThat(values(some, FigureKeys.REVIEW_COUNT)).containsExactly(new BigDecimal("2"));
        assertThat(values(some, FigureKeys.LITIGATION_COUNT)).containsExactly(BigDecimal.ONE);
        String mixed = "未发生行政复议,发生行政诉讼三件。";
        assertThat(values(mixed, FigureKeys.REVIEW_COUNT)).containsExactly(BigDecimal.ZERO);
        assertThat(values(mixed, FigureKeys.LITIGATION_COUNT)).containsExactly(new BigDecimal("3"));
    }

    @Test
    void fee() {
        assertThat(values("本年度没有产生信息公开处理费。", FigureKeys.FEE_COLLECTED)).containsExactly(BigDecimal.ZERO);
        assertThat(values("我局本年度未收取信息公开处理费。", FigureKeys.FEE_COLLECTED)).containsExactly(BigDecimal.ZERO);
        assertThat(values("本年度共收取信息处理费120元。", FigureKeys.FEE_COLLECTED)).containsExactly(new BigDecimal("120"));
        assertThat(values("本年度收取信息处理费0.5万元。", FigureKeys.FEE_COLLECTED)).containsExactly(new BigDecimal("5000"));
        assertThat(values("无。", FigureKeys.FEE_COLLECTED)).isEmpty();
    }

    @Test
    void breakdownWithAmongAndQuarters() {
        List<StatedFigure> b = of("全年共发布信息30条,其中政策文件10条,工作动态18条。").stream()
                .filter(f -> f.key.equals(FigureKeys.BREAKDOWN)).toList();
        assertThat(b).hasSize(1);
        assertThat(b.get(0).value).isEqualByComparingTo("30");
        assertThat(b.get(0).parts).extracting(p -> p.label).containsExactly("政策文件", "工作动态");
        assertThat(b.get(0).parts).extracting(p -> p.value.intValue()).containsExactly(10, 18);

        String q = "全年共主动公开政府信息489条,第一季度公开100条,第二季度公开114条,第三季度公开137条,第四季度公开138条。其中包括:政策法规17条,财政资金128条。";
        List<StatedFigure> two = of(q).stream().filter(f -> f.key.equals(FigureKeys.BREAKDOWN)).toList();
        assertThat(two).hasSize(2);
        assertThat(two).allMatch(f -> f.value.intValue() == 489);
        assertThat(two.get(0).parts).extracting(p -> p.value.intValue()).containsExactly(100, 114, 137, 138);
        assertThat(two.get(1).parts).extracting(p -> p.value.intValue()).containsExactly(17, 128);
        StatedFigure part = two.get(0).parts.get(0);
        assertThat(q.substring(part.start, part.end)).isEqualTo(part.quote).endsWith("100条");

        String nextSentence = "我局主动公开政府信息26条。其中我局公开16条;区社保局公开10条。";
        assertThat(of(nextSentence).stream().filter(f -> f.key.equals(FigureKeys.BREAKDOWN)).toList())
                .singleElement().satisfies(f -> assertThat(f.parts).hasSize(2));
    }

    @Test
    void aSinglePartOrOtherClassifiersAreNoBreakdown() {
        assertThat(of("全年发布信息384条,其中召开新闻发布会1次,政策解读14条。").stream()
                .filter(f -> f.key.equals(FigureKeys.BREAKDOWN))).isEmpty();
    }

    @Test
    void labelledQuantitiesWithSpans() {
        String t = "政策解读14条,回应关切111人大代表建议和政协委员提案办理结果公开。主动回应群众关心的热点问题信息112条。";
        List<StatedFigure> q = of(t).stream().filter(f -> f.key.equals(FigureKeys.QUANTITY)).toList();
        assertThat(q).extracting(f -> f.value.intValue()).containsExactly(14, 111, 112);
        assertThat(q.get(1).label).isEqualTo("回应关切");
        assertThat(q.get(2).label).contains("回应群众关心的热点问题");
        for (StatedFigure f : q) {
            assertThat(t.substring(f.start, f.end)).isEqualTo(f.quote);
        }
        assertThat(of("文件发布时间与成文时间间隔不超过20个工作日,2021年12月")
                .stream().filter(f -> f.key.equals(FigureKeys.QUANTITY))).isEmpty();
    }

    @Test
    void prosewrappedAtAnyWidthIsReadAcrossTheBreak() {
        // a PDF text layer breaks lines wherever they were full: inside a phrase and inside a number
        String text = "二、依申请公开情况\n本年度，我局共收到政府信息公开\n申请46件，均已按时答复。\n"
                + "三、主动公开情况\n全年通过政府网站主动公开政府信息2\n31条，其中行政执法信息4\n00条。";
        List<StatedFigure> figures = of(text);
        StatedFigure received = figures.stream().filter(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).findFirst().orElseThrow();
        assertThat(received.value).isEqualByComparingTo("46");
        // the span is on the text as it is, line break included
        assertThat(received.quote).isEqualTo(text.substring(received.start, received.end)).contains("\n");
        assertThat(values(text, FigureKeys.ACTIVE_DISCLOSED_COUNT)).containsExactly(new BigDecimal("231"));
        // nothing read from the halves of a broken number
        assertThat(figures).noneMatch(f -> f.value != null && f.value.signum() == 0);
    }

    @Test
    void headingsTableLinesAndSentenceEndsAreNotJoined() {
        // a short numbered heading stays apart from the paragraph under it; a sentence end ends the line
        assertThat(FigureExtractor.ProseView.of("（二）收到和处理政府信息公开申请情况\n2件", p -> false)).isNull();
        assertThat(FigureExtractor.ProseView.of("本年度共收到政府信息公开申请。\n46件待办", p -> false)).isNull();
        assertThat(FigureExtractor.ProseView.of("本年度共收到政府信息公开申请\t3\n46件待办", p -> false)).isNull();
        // positions the caller skips (tables) are never joined
        assertThat(FigureExtractor.ProseView.of("本年度共收到政府信息公开申请数量\n46件", p -> true)).isNull();
        assertThat(FigureExtractor.ProseView.of("本年度共收到政府信息公开申请数量\n46件", p -> false).text())
                .isEqualTo("本年度共收到政府信息公开申请数量46件");
    }
}
