package io.nianbao.parse.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTest {

    @Test
    void titleAgencyYearPeriodAndDate() {
        String t = "首页 > 政务公开\n某某县教育体育局2022年政府信息公开工作年度报告\n发布日期:2023-01-18 09:00 来源:县教体局\n"
                + "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n";
        var m = MetadataReader.read(t, t.indexOf("一、"));
        assertThat(m.title()).isEqualTo("某某县教育体育局2022年政府信息公开工作年度报告");
        assertThat(m.agency()).isEqualTo("某某县教育体育局");
        assertThat(m.reportYear()).isEqualTo(2022);
        assertThat(m.publishedOn()).isEqualTo("2023-01-18");
        assertThat(m.statedPeriod()).isEqualTo("2022年1月1日至2022年12月31日");
    }

    @Test
    void chineseNumeralYearAndYearFirstTitleAndDateAtTheEnd() {
        String t = "二〇二一年度滁州市发改委政府信息公开工作年度报告\n一、总体情况\n正文。\n六、其他需要报告的事项\n无。\n滁州市发改委\n2022年1月20日\n";
        var m = MetadataReader.read(t, t.indexOf("一、"));
        assertThat(m.reportYear()).isEqualTo(2021);
        assertThat(m.agency()).isEqualTo("滁州市发改委");
        assertThat(m.publishedOn()).isEqualTo("2022-01-20");
        String c = "二〇二一年度滁州市发改委政府信息公开工作年度报告\n一、总体情况\n正文。\n二〇二二年一月二十日\n";
        assertThat(MetadataReader.read(c, c.indexOf("一、")).publishedOn()).isEqualTo("2022-01-20");
    }

    @Test
    void withoutTitleTheAgencyComesFromTheHeaderAndTheYearFromTheBody() {
        String t = "所属机构: | 某县融媒体中心 | 发布机构: | 某县融媒体中心 |\n靖远县民政局 | |\n发布时间:2016-02-01\n"
                + "一、概述\n2015年,我局……2015年度……《2016年工作要点》\n";
        var m = MetadataReader.read(t, t.indexOf("一、"));
        assertThat(m.title()).isNull();
        assertThat(m.agency()).isEqualTo("靖远县民政局");
        assertThat(m.reportYear()).isEqualTo(2015);
        assertThat(m.yearFromTitle()).isFalse();
        assertThat(m.publishedOn()).isEqualTo("2016-02-01");
    }

    @Test
    void aPortalBreadcrumbIsNotTheTitleAndAPortalWebsiteIsNotTheAgency() {
        String t = "某某区人民政府门户网站\n当前位置：首页 > 政务公开 > 政府信息公开年报\n"
                + "某某区人社局2021年政府信息公开工作年度报告\n发布时间:2022-01-26\n一、总体情况\n";
        var m = MetadataReader.read(t, t.indexOf("一、"));
        assertThat(m.title()).isEqualTo("某某区人社局2021年政府信息公开工作年度报告");
        assertThat(m.agency()).isEqualTo("某某区人社局");
        assertThat(m.reportYear()).isEqualTo(2021);

        String untitled = "某某县人民政府门户网站\n当前位置：首页 > 政务公开 > 政府信息公开年报\n"
                + "发布机构：\t某县融媒体中心\n靖远县民政局\n发布时间:2016-02-01\n一、概述\n2015年,我局……\n";
        var u = MetadataReader.read(untitled, untitled.indexOf("一、"));
        assertThat(u.title()).isNull();
        assertThat(u.agency()).isEqualTo("靖远县民政局");
    }
}
