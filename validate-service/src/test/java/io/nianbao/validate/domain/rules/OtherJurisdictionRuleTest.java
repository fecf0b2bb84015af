package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.Divisions;
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

    @Test
    void firesOnAnotherCity() {
        assertThat(run(rule, saying("学习借鉴淮北市相山区经验。"))).extracting(f -> f.actual)
                .containsExactly("淮北市", "相山区");
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
