package io.nianbao.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentsTest {
    private final Departments d = Departments.get();

    @Test
    void abbreviationsExpand() {
        assertThat(d.canonical("人社局")).isEqualTo("人力资源和社会保障局");
        assertThat(d.canonical("人力社保局")).isEqualTo("人力资源和社会保障局");
        assertThat(d.canonical("发改委")).isEqualTo("发展和改革委员会");
        assertThat(d.canonical("市监局")).isEqualTo("市场监督管理局");
        assertThat(d.canonical("政府办")).isEqualTo("人民政府办公室");
        assertThat(d.canonical("政府")).isEqualTo("人民政府");
    }

    @Test
    void anEndingAbbreviationOfThreeOrMoreCharactersExpandsAndKeepsTheHead() {
        assertThat(d.canonical("区人社局")).isEqualTo("区人力资源和社会保障局");
        assertThat(d.canonical("县政府")).isEqualTo("县政府");                 // 政府 is two characters: only whole
        assertThat(d.canonical("人力资源和社会保障局")).isEqualTo("人力资源和社会保障局");
        assertThat(d.canonical("")).isEmpty();
        assertThat(d.canonical(null)).isNull();
    }

    @Test
    void longestAbbreviationFirst() {
        var keys = d.abbreviations().keySet().stream().toList();
        for (int i = 1; i < keys.size(); i++) {
            assertThat(keys.get(i).length()).isLessThanOrEqualTo(keys.get(i - 1).length());
        }
        assertThat(keys).contains("人力资源社会保障局", "人社局");
    }
}
