package io.nianbao.parse.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyResolverTest {
    static AgencyResolver resolver;

    @BeforeAll
    static void load() {
        assertThat(io.nianbao.template.Divisions.get().size()).isGreaterThan(3000);
        resolver = AgencyResolver.standard();
    }

    @Test
    void countyDepartmentWithAbbreviation() {
        var r = resolver.resolve("琅琊区人社局", "");
        assertThat(r.canonical()).isEqualTo("滁州市琅琊区人力资源和社会保障局");
        assertThat(r.regionCode()).isEqualTo("341102");
        assertThat(r.kind()).isEqualTo("department");
        assertThat(r.problem()).isNull();
    }

    @Test
    void cityPrefixAndOtherAbbreviations() {
        assertThat(resolver.resolve("湖州市吴兴区人力社保局", "").canonical()).isEqualTo("湖州市吴兴区人力资源和社会保障局");
        assertThat(resolver.resolve("滁州市发改委", "").canonical()).isEqualTo("滁州市发展和改革委员会");
        assertThat(resolver.resolve("滁州市发改委", "").regionCode()).isEqualTo("341100");
        assertThat(resolver.resolve("吴兴区市监局", "").canonical()).isEqualTo("湖州市吴兴区市场监督管理局");
    }

    @Test
    void provinceAndShortNames() {
        var p = resolver.resolve("安徽省人力资源和社会保障厅", "");
        assertThat(p.regionCode()).isEqualTo("340000");
        assertThat(p.canonical()).isEqualTo("安徽省人力资源和社会保障厅");
        var s = resolver.resolve("滁州琅琊区人社局", "");
        assertThat(s.regionCode()).isEqualTo("341102");
    }

    @Test
    void municipalityDistrictAndGovernment() {
        var r = resolver.resolve("北京市朝阳区人民政府", "");
        assertThat(r.regionCode()).isEqualTo("110105");
        assertThat(r.canonical()).isEqualTo("北京市朝阳区人民政府");
        assertThat(r.kind()).isEqualTo("government");
        assertThat(resolver.resolve("靖远县政府", "").canonical()).isEqualTo("白银市靖远县人民政府");
        assertThat(resolver.resolve("靖远县政府办", "").kind()).isEqualTo("department");
    }

    @Test
    void ambiguousCountyNeedsItsCityOrProvinceInTheText() {
        var none = resolver.resolve("鼓楼区人民政府", "本报告由鼓楼区人民政府办公室编制。");
        assertThat(none.regionCode()).isNull();
        assertThat(none.canonical()).isNull();
        assertThat(none.problem()).contains("鼓楼区");
        var byCity = resolver.resolve("鼓楼区人民政府", "联系地址:福州市鼓楼区八一七北路");
        assertThat(byCity.regionCode()).isEqualTo("350102");
        assertThat(byCity.canonical()).isEqualTo("福州市鼓楼区人民政府");
        var byProvince = resolver.resolve("鼓楼区人社局", "按照江苏省和徐州市的部署");
        assertThat(byProvince.regionCode()).isEqualTo("320302");
        var inName = resolver.resolve("南京市鼓楼区人社局", "");
        assertThat(inName.regionCode()).isEqualTo("320106");
    }

    @Test
    void unknownAgencyIsUnresolved() {
        assertThat(resolver.resolve("区人力社保局", "").problem()).isNotNull();
        assertThat(resolver.resolve(null, "").problem()).isNotNull();
    }

    @Test
    void aFormerCountyNameGetsTheCodeItBecameAndASpecialZoneItsOwn() {
        var shaxian = resolver.resolve("沙县人民政府", "三明市沙县人民政府2020年政府信息公开工作年度报告");
        assertThat(shaxian.regionCode()).isEqualTo("350405");
        assertThat(shaxian.kind()).isEqualTo("government");
        var pingtan = resolver.resolve("平潭综合实验区经济发展局", "");
        assertThat(pingtan.regionCode()).isEqualTo("350128");
        assertThat(pingtan.canonical()).isEqualTo("平潭综合实验区经济发展局");
    }
}
