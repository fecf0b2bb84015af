package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Region names of the list filter: the code prefixes, read by hand from GB/T 2260 (template-model's table). */
class RegionNamesTest {

    @Test
    void aNameGivesTheCodePrefixOfItsLevel() {
        assertThat(RegionNames.prefixes("安徽省")).containsExactly("34");
        assertThat(RegionNames.prefixes("宿州市")).containsExactly("3413");
        assertThat(RegionNames.prefixes("埇桥区")).containsExactly("341302");
        assertThat(RegionNames.prefixes(" 琅琊区 ")).containsExactly("341102");
    }

    @Test
    void shortNamesOfProvincesAndCities() {
        assertThat(RegionNames.prefixes("安徽")).containsExactly("34");
        assertThat(RegionNames.prefixes("宿州")).containsExactly("3413");
    }

    @Test
    void theFullNameAsThePagesWriteItIsOneDivision() {
        assertThat(RegionNames.prefixes("安徽省 宿州市 埇桥区")).containsExactly("341302");
        assertThat(RegionNames.prefixes("安徽省 滁州市")).containsExactly("3411");
        assertThat(RegionNames.fullName("341302")).isEqualTo("安徽省 宿州市 埇桥区");
        assertThat(RegionNames.fullName("3411")).isEqualTo("安徽省 滁州市");
        assertThat(RegionNames.fullName("999999")).isNull();
        assertThat(RegionNames.fullName(null)).isNull();
    }

    @Test
    void aNameOfSeveralDivisionsGivesAllUnlessQualified() {
        // 朝阳区: 110105 in 北京市, 220104 in 吉林省 长春市
        assertThat(RegionNames.prefixes("朝阳区")).containsExactly("110105", "220104");
        assertThat(RegionNames.prefixes("北京市 朝阳区")).containsExactly("110105");
        assertThat(RegionNames.prefixes("吉林 长春市 朝阳区")).containsExactly("220104");
        assertThatThrownBy(() -> RegionNames.prefixes("安徽省 朝阳区")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsAreAPrefixAlreadyAndBlankIsNoFilter() {
        assertThat(RegionNames.prefixes("3411")).containsExactly("3411");
        assertThat(RegionNames.prefixes("")).isEmpty();
        assertThat(RegionNames.prefixes(null)).isEmpty();
        assertThat(new ReportFilter(null, "安徽省 滁州市", null, null, null, null, null, null, null, null).regionPrefixes())
                .containsExactly("3411");
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThatThrownBy(() -> RegionNames.prefixes("无此地方")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("无此地方");
        assertThatThrownBy(() -> RegionNames.prefixes("34x")).isInstanceOf(IllegalArgumentException.class);
    }
}
