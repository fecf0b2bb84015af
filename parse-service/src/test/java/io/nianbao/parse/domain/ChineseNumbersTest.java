package io.nianbao.parse.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumbersTest {
    @Test
    void parsesCommonForms() {
        assertThat(ChineseNumbers.parse("三")).isEqualTo(3L);
        assertThat(ChineseNumbers.parse("十二")).isEqualTo(12L);
        assertThat(ChineseNumbers.parse("二十")).isEqualTo(20L);
        assertThat(ChineseNumbers.parse("一百二十")).isEqualTo(120L);
        assertThat(ChineseNumbers.parse("两千零五")).isEqualTo(2005L);
        assertThat(ChineseNumbers.parse("一万二千三百四十五")).isEqualTo(12345L);
        assertThat(ChineseNumbers.parse("二〇二一")).isEqualTo(2021L);
        assertThat(ChineseNumbers.parse("零")).isEqualTo(0L);
    }

    @Test
    void rejectsOtherText() {
        assertThat(ChineseNumbers.parse("三件")).isNull();
        assertThat(ChineseNumbers.parse("")).isNull();
        assertThat(ChineseNumbers.parse(null)).isNull();
    }
}
