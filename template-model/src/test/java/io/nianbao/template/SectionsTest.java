package io.nianbao.template;

import io.nianbao.contract.ReportRecord.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsTest {

    @Test
    void headingsInsideOneLongLineAreFound() {
        // the shape of a crawled page: every heading glued into one line, one after a table's digits
        String text = "标题: X局2023年度报告 本报告由总体情况、主动公开政府信息情况等六个部分组成。 一、总体情况 坚持……。"
                + "（一）主动公开 二、主动公开政府信息情况 第二十条第（一）项 规章000"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和） 一、本年新收政府信息公开申请数量 210000021"
                + "四、结转下年度继续办理 0000000四、政府信息公开行政复议、行政诉讼情况行政复议 0 0 0"
                + " 五、存在的主要问题及改进情况存在的问题主要有：一是……。六、其他需要报告的事项2023年度本机关未收取信息处理费。";
        List<Section> s = Sections.detect(text);
        assertThat(s).extracting(x -> x.number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(s.get(2).title).isEqualTo("收到和处理政府信息公开申请情况");
        assertThat(s.get(3).title).isEqualTo("政府信息公开行政复议、行政诉讼情况");
        assertThat(s.get(2).text).contains("四、结转下年度继续办理 0000000").doesNotContain("行政复议");
        assertThat(s.get(4).title).isEqualTo("存在的主要问题及改进情况");
        assertThat(Sections.missing(s)).isEmpty();
    }

    @Test
    void aNumberedSentenceInsideALineIsNoHeading() {
        String text = "一、总体情况\n今年我们做了三件事。二、加强培训，提升能力。三、完善制度。\n";
        List<Section> s = Sections.detect(text);
        assertThat(s).extracting(x -> x.number).containsExactly(1);
        assertThat(Sections.missing(s)).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void lineHeadingsWithTitleVariants() {
        String text = "一、总体情况\na\n二、主动公开政府信息情况\nb\n三、收到和处理政府信息公开申请情况\nc\n"
                + "四、政府信息公开被申请行政复议、提起行政诉讼情况\nd\n五、存在的主要问题及整改措施\ne\n六、其他需要报告的事项\nf\n";
        List<Section> s = Sections.detect(text);
        assertThat(s).extracting(x -> x.number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(s.get(4).title).isEqualTo("存在的主要问题及整改措施");
    }

    @Test
    void agencyKinds() {
        assertThat(AgencyKind.of("淮安市人民政府")).isEqualTo(AgencyKind.GOVERNMENT);
        assertThat(AgencyKind.of("平潭综合实验区管委会办公室")).isEqualTo(AgencyKind.GOVERNMENT_OFFICE);
        assertThat(AgencyKind.of("平潭综合实验区经济发展局")).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(AgencyKind.of("沭阳县发展和改革局")).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(AgencyKind.of("南京市玄武区人民政府办公室")).isEqualTo(AgencyKind.GOVERNMENT_OFFICE);
        assertThat(AgencyKind.DEPARTMENT.deadline(2023)).hasToString("2024-01-31");
        assertThat(AgencyKind.GOVERNMENT_OFFICE.deadline(2023)).hasToString("2024-03-31");
        assertThat(AgencyKind.DEPARTMENT.deadline(2017)).hasToString("2018-03-31");
    }

    @Test
    void quantityKeys() {
        assertThat(Quantities.keyOf("共收到政府信息公开申请")).isEqualTo("applicationsReceived");
        assertThat(Quantities.keyOf("答复（含上年度结转申请34件）")).isNotEqualTo("applicationsReceived");
        assertThat(Quantities.keyOf("全年受理网络问政")).isNull();
        assertThat(Quantities.keyOf("回应关切")).isEqualTo(Quantities.keyOf("回应社会热点"));
        assertThat(Quantities.keyOf("机构领导")).isNull();
    }
}
