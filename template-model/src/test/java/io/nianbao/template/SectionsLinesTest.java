package io.nianbao.template;

import io.nianbao.contract.ReportRecord.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsLinesTest {
    @Test
    void findsSectionsByNumberAndKeywordsNotByExactTitles() {
        String t = "标题\n## 一、总体情况\n正文\n**二、主动公开政府信息情况**\n表\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n"
                + "四、结转下年度继续办理\n0\n四、政府信息公开被申请行政复议、提起行政诉讼情况\n0\n五、存在问题及改进情况\n问题\n六、其他需要报告的事项\n无。";
        List<Section> s = Sections.detect(t);
        assertThat(s).extracting(x -> x.number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(s).extracting(x -> x.title).containsExactly("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "政府信息公开被申请行政复议、提起行政诉讼情况", "存在问题及改进情况", "其他需要报告的事项");
        Section three = s.get(2);
        assertThat(three.text).contains("四、结转下年度继续办理").doesNotContain("提起行政诉讼");
        assertThat(t.substring(three.start, three.end)).isEqualTo(three.text);
        assertThat(s.get(5).end).isEqualTo(t.length());
    }

    @Test
    void aMissingSectionIsSkipped() {
        String t = "一、总体情况\n文\n二、主动公开政府信息情况\n文\n四、政府信息公开行政复议、行政诉讼情况\n文\n";
        assertThat(Sections.detect(t)).extracting(x -> x.number).containsExactly(1, 2, 4);
    }
}
