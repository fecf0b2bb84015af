package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.template.Divisions;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class OtherJurisdictionRuleTest {
    private final OtherJurisdictionRule rule = new OtherJurisdictionRule();

    private static ReportRecord saying(String sentence) {
        ReportRecord r = TestRecords.t2021();               // 滁州市琅琊区 341102
        TestRecords.replaceText(r, "二是加强培训。", "二是加强培训。" + sentence);
        return r;
    }

    @Test
    void silentOnOwnRegionAncestorsAndGenericWords() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, saying("按照安徽省、滁州市和琅琊区的部署，加强城区、新城区和社区工作，促进区域协调。"))).isEmpty();
    }

    @Test
    void firesOnASiblingDistrictWithContext() {
        assertThat(run(rule, saying("在南谯区子网站公开。南谯区社保局负责。"))).singleElement().satisfies(f -> {
            assertThat(f.actual).isEqualTo("南谯区");
            assertThat(f.messageZh).contains("南谯区").contains("341103").contains("共 2 处").contains("琅琊区（341102）");
            assertThat(f.evidence).contains("南谯区子网站");
            assertThat(f.section).isEqualTo(5);
        });
    }

    /** Sentences of real reports that name another jurisdiction as someone else: never a finding. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "学习借鉴淮北市相山区经验。",
        "组织赴南谯区数据资源局学习考察政务公开标准化规范化建设工作。",
        "深入推进东西部协作，与宁夏回族自治区固原市原州区人社局签订劳务协作协议。",
        "做好对口帮扶工作，选派干部到南谯区人民政府挂职。",
        "南谯区政务公开办公室来我局交流调研。",
        "会同南谯区人社局联合开展农民工工资专项检查。",
        "按照滁州市人民政府办公室的统一部署，对标合肥市蜀山区政务公开专栏建设经验。",
        "收到南谯区信访局转来的申请2件，均按时办理。"})
    void silentWhereAnotherPlaceIsVisitedStudiedOrAPartner(String sentence) {
        assertThat(run(rule, saying(sentence))).isEmpty();
    }

    /** Sentences where another jurisdiction stands where the report's own would: a finding. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "在南谯区子网站公开权责清单。",
        "南谯区人社局高度重视政府信息公开工作，成立了领导小组。",
        "及时在南谯区人民政府门户网站政府信息公开专栏发布。",
        "全面公开南谯区人力资源和社会保障局的行政职权项目。"})
    void firesWhereAnotherPlaceStandsForTheReportingAgency(String sentence) {
        assertThat(run(rule, saying(sentence))).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("南谯区"));
    }

    @Test
    void aCountyReportSpeakingAsADistrict() {
        ReportRecord r = TestRecords.t2008();                // 白银市靖远县 620421
        TestRecords.replaceText(r, "2016年我局主动公开政府信息26条。", "2016年我局主动公开政府信息26条，其中区社保局公开10条。");
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.actual).isEqualTo("区社保局");
            assertThat(f.evidence).contains("区社保局");
        });
        ReportRecord county = TestRecords.t2008();
        TestRecords.replaceText(county, "2016年我局主动公开政府信息26条。", "2016年县社保局公开10条，全县社区、园区工作有序开展。");
        assertThat(run(rule, county)).isEmpty();               // its own level and words that only end in 区
    }

    @Test
    void aZoneInACountySpeaksOfItselfAsADistrict() {
        ReportRecord r = TestRecords.t2008();
        r.report.regionCode = "350128";                         // 平潭县, where 平潭综合实验区 stands
        r.report.agency = "平潭综合实验区管委会办公室";
        r.report.agencyCanonical = null;
        r.report.title = "平潭综合实验区管委会办公室2016年政府信息公开工作年度报告";
        TestRecords.replaceText(r, "2016年我局主动公开政府信息26条。", "2016年我区主动公开政府信息26条，区财政局公开10条。");
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void aCityReportMayNameItsDistricts() {
        ReportRecord r = saying("指导琅琊区、南谯区做好工作。");
        r.report.regionCode = "341100";
        r.report.agencyCanonical = "滁州市人力资源和社会保障局";
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void citedDocumentTitlesAreNotMentions() {
        assertThat(run(rule, saying("参照《南谯区政务公开工作要点》。"))).isEmpty();
    }

    @Test
    void ownRegionFromTheNameWhenNoCode() {
        ReportRecord r = saying("在南谯区子网站公开。");
        r.report.regionCode = null;
        assertThat(run(rule, r)).hasSize(1);
        r.report.agencyCanonical = null;
        r.report.agency = "某某局";
        r.report.title = "某某局年度报告";
        assertThat(run(rule, r)).isEmpty();                    // own region unknown: no claim
    }

    @Test
    void theReportOf003Kind() {
        ReportRecord r = TestRecords.t2008();                // 白银市靖远县 620421
        TestRecords.replaceText(r, "2016年我局主动公开政府信息26条。", "2016年在甘肃政务服务网白银区子网站公开26条。");
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("白银区"));
    }

    @Test
    void divisionsKnowTheHierarchy() {
        Divisions d = Divisions.get();
        var jingyuan = d.byCode("620421").orElseThrow();
        var baiyinCity = d.byCode("620400").orElseThrow();
        var baiyinDistrict = d.byCode("620402").orElseThrow();
        assertThat(Divisions.related(jingyuan, baiyinCity)).isTrue();
        assertThat(Divisions.related(jingyuan, baiyinDistrict)).isFalse();
        assertThat(d.mentions("白银区子网站")).extracting(Divisions.Mention::name).containsExactly("白银区");
    }
}
