package io.nianbao.template;

import io.nianbao.template.Divisions.Division;
import io.nianbao.template.Divisions.Kind;
import io.nianbao.template.Divisions.Level;
import io.nianbao.template.Divisions.Mention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The division table against known facts of GB/T 2260 and of the changes of 2021. */
class DivisionsTest {
    private final Divisions d = Divisions.get();

    private Division code(String code) {
        return d.byCode(code).orElseThrow(() -> new AssertionError("no division " + code));
    }

    @Test
    void pingtanCountyUnderFuzhouUnderFujian() {
        Division pingtan = code("350128");
        assertThat(pingtan.name()).isEqualTo("平潭县");
        assertThat(pingtan.level()).isEqualTo(Level.COUNTY);
        assertThat(pingtan.kind()).isEqualTo(Kind.DIVISION);
        assertThat(pingtan.newestCode()).isEqualTo("350128");
        assertThat(d.cityOf(pingtan).code()).isEqualTo("350100");
        assertThat(d.cityOf(pingtan).name()).isEqualTo("福州市");
        assertThat(d.provinceOf(pingtan).name()).isEqualTo("福建省");
        assertThat(d.parentOf(pingtan).code()).isEqualTo("350100");
        assertThat(d.fullName("350128")).isEqualTo("福建省 福州市 平潭县");
        assertThat(d.fullName("350100")).isEqualTo("福建省 福州市");
        assertThat(d.fullName("350000")).isEqualTo("福建省");
        assertThat(d.fullName("999999")).isNull();
    }

    @Test
    void aRenumberedDistrictKeepsItsNameAndMapsToItsNewestCode() {
        // 2021: 撤销三明市梅列区、三元区，设立新的三元区 (350403 → 350404); 梅列区 350402 merged into it
        Division old = code("350403");
        assertThat(old.name()).isEqualTo("三元区");
        assertThat(old.kind()).isEqualTo(Kind.FORMER);
        assertThat(old.newestCode()).isEqualTo("350404");
        assertThat(d.newest("350403").orElseThrow().code()).isEqualTo("350404");
        assertThat(d.newest("350402").orElseThrow().name()).isEqualTo("三元区");
        // the name finds today's code only
        assertThat(d.named("三元区")).extracting(Division::code).containsExactly("350404");
    }

    @Test
    void countiesThatBecameDistrictsOrCitiesMapToTheirNewestCode() {
        assertThat(d.newest("350427").orElseThrow().name()).isEqualTo("沙县区");
        assertThat(d.newest("350427").orElseThrow().code()).isEqualTo("350405");
        assertThat(d.newest("450127").orElseThrow().name()).isEqualTo("横州市");
        assertThat(d.newest("610322").orElseThrow().code()).isEqualTo("610305");   // 凤翔县 → 凤翔区
        assertThat(d.newest("410306").orElseThrow().name()).isEqualTo("孟津区");   // 吉利区 merged
        assertThat(d.newest("330104").orElseThrow().name()).isEqualTo("上城区");   // 江干区
        // an old name no current division has finds the former code, whose newest code says what it is today
        assertThat(d.named("沙县")).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("350427");
            assertThat(s.isCurrent()).isFalse();
            assertThat(s.newestCode()).isEqualTo("350405");
        });
        assertThat(d.fullName("350427")).isEqualTo("福建省 三明市 沙县");
        // a current code is its own newest
        assertThat(d.newest("341102").orElseThrow().name()).isEqualTo("琅琊区");
    }

    @Test
    void everyFormerCodeBecameACurrentOne() {
        assertThat(d.formerCodes()).hasSize(21);
        d.formerCodes().forEach((old, now) -> {
            assertThat(now).as(old.toString()).isNotNull();
            assertThat(now.isCurrent()).as(old.toString()).isTrue();
            assertThat(now.level()).as(old.toString()).isEqualTo(old.level());
            assertThat(now.provinceCode()).as(old.toString()).isEqualTo(old.provinceCode());
        });
        assertThat(d.size()).isGreaterThan(3300);
        assertThat(d.current()).noneMatch(x -> x.kind() == Kind.FORMER);
    }

    @Test
    void childrenOfAProvinceOfAMunicipalityAndOfACity() {
        assertThat(d.children("350000")).extracting(Division::name).containsExactly(
                "福州市", "厦门市", "莆田市", "三明市", "泉州市", "漳州市", "南平市", "龙岩市", "宁德市");
        assertThat(d.children("350100")).extracting(Division::code).contains("350102", "350128", "350181")
                .allMatch(c -> c.startsWith("3501"));
        // a municipality's districts hang from the province; a province-administered city too
        assertThat(d.children("110000")).extracting(Division::name).contains("东城区", "朝阳区")
                .hasSize(16);
        assertThat(d.children("420000")).extracting(Division::name).contains("武汉市", "仙桃市", "神农架林区");
        Division xiantao = code("429004");
        assertThat(d.cityOf(xiantao)).isNull();
        assertThat(d.parentOf(xiantao).name()).isEqualTo("湖北省");
        assertThat(d.fullName("429004")).isEqualTo("湖北省 仙桃市");
        assertThat(d.fullName("110105")).isEqualTo("北京市 朝阳区");
        // former codes are no children; a county has none
        assertThat(d.children("350400")).extracting(Division::code).contains("350404", "350405")
                .doesNotContain("350402", "350403", "350427");
        assertThat(d.children("350128")).isEmpty();
        assertThat(d.children("nope")).isEmpty();
    }

    @Test
    void statisticalAreasAreCurrentButNoDivisions() {
        Division zone = code("341172");
        assertThat(zone.name()).isEqualTo("滁州经济技术开发区");
        assertThat(zone.isArea()).isTrue();
        assertThat(zone.isCurrent()).isTrue();
        assertThat(d.children("341100")).extracting(Division::code).contains("341102", "341172");
        assertThat(d.newest("320571").orElseThrow().code()).isEqualTo("320576");  // 苏州工业园区, earlier code
        assertThat(code("330114").name()).isEqualTo("钱塘区");                    // new in 2021: a division
        assertThat(code("330114").isArea()).isFalse();
    }

    @Test
    void namesAndShortNames() {
        assertThat(d.named("琅琊区")).extracting(Division::code).containsExactly("341102");
        assertThat(d.named("鼓楼区")).extracting(Division::code).contains("320106", "320302", "350102");
        assertThat(d.shortNamed("安徽")).extracting(Division::code).containsExactly("340000");
        assertThat(d.shortNamed("滁州")).extracting(Division::code).containsExactly("341100");
        assertThat(d.shortNamed("延边")).extracting(Division::code).containsExactly("222400");
        assertThat(d.shortNamed("内蒙古")).extracting(Division::code).containsExactly("150000");
        assertThat(d.named("市辖区")).isEmpty();                                   // placeholders are no divisions
        assertThat(d.byCode("34")).map(Division::name).contains("安徽省");
        assertThat(d.byCode("3411")).map(Division::name).contains("滁州市");
        assertThat(d.byCode("34110")).isEmpty();
        assertThat(d.byCode(null)).isEmpty();
        assertThat(d.byCode("710000")).map(Division::isCurrent).contains(true);   // 台湾省: listed by GB/T 2260
    }

    @Test
    void specialZones() {
        assertThat(d.zoneStarting("平潭综合实验区经济发展局")).hasValueSatisfying(z -> {
            assertThat(z.name()).isEqualTo("平潭综合实验区");
            assertThat(z.code()).isEqualTo("350128");
        });
        assertThat(d.zoneStarting("福州市经济发展局")).isEmpty();
        d.zones().forEach(z -> assertThat(d.byCode(z.code())).as(z.name()).hasValueSatisfying(
                x -> assertThat(x.isCurrent()).isTrue()));
    }

    @Test
    void mentionsInAText() {
        assertThat(d.mentions("在南谯区子网站公开。南谯区社保局负责。")).extracting(Mention::name, Mention::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("南谯区", 1),
                        org.assertj.core.groups.Tuple.tuple("南谯区", 10));
        assertThat(d.mentions("在南谯区子网站公开。").get(0).candidates()).extracting(Division::code)
                .containsExactly("341103");
        // provinces, generic words, 区域/市场, document titles and two-character names are no mentions
        assertThat(d.mentions("按照安徽省的部署，加强城区、新城区和社区工作，促进区域协调，参照《南谯区政务公开要点》。")).isEmpty();
        assertThat(d.mentions("白银区子网站")).extracting(Mention::name).containsExactly("白银区");
        // a zone is named by the division whose territory it administers
        assertThat(d.mentions("平潭综合实验区管委会网站")).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("平潭综合实验区");
            assertThat(m.candidates()).extracting(Division::code).containsExactly("350128");
        });
        // the longest name ending at a position wins
        assertThat(d.mentions("滁州经济技术开发区管委会")).extracting(Mention::name).containsExactly("滁州经济技术开发区");
    }

    @Test
    void relatedByHierarchyAndAcrossCodeChanges() {
        Division jingyuan = code("620421");
        assertThat(Divisions.related(jingyuan, code("620400"))).isTrue();    // its city
        assertThat(Divisions.related(jingyuan, code("620000"))).isTrue();    // its province
        assertThat(Divisions.related(jingyuan, code("620402"))).isFalse();   // 白银区, a sibling
        assertThat(Divisions.related(code("350427"), code("350405"))).isTrue();  // 沙县, now 沙县区
        assertThat(Divisions.related(code("330103"), code("330105"))).isTrue();  // 下城区, now in 拱墅区
        assertThat(Divisions.related(code("330103"), code("330102"))).isFalse();
    }

    @Test
    void loadTimePrinted() {
        long t0 = System.nanoTime();
        Divisions fresh = Divisions.read("/io/nianbao/template/divisions/divisions.tsv",
                "/io/nianbao/template/divisions/zones.tsv");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[divisions] loaded " + fresh.size() + " codes (" + fresh.current().size() + " current, "
                + fresh.formerCodes().size() + " former) and " + fresh.zones().size() + " zones in " + ms + " ms");
        assertThat(fresh.size()).isEqualTo(d.size());
    }
}
