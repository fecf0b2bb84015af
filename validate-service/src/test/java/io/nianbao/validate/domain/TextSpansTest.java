package io.nianbao.validate.domain;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextSpansTest {

    @Test
    void aPatternMatchesAcrossWhitespaceAndMapsBackToTheText() {
        String text = "表头 总计\n（七）总\n计 5 4\n规范 性文件 3";
        TextSpans.Span all = new TextSpans.Span(0, text.length());
        var span = TextSpans.find(text, all, Pattern.compile("规范性文件")).orElseThrow();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("规范 性文件");
        var inside = TextSpans.find(text, new TextSpans.Span(3, text.length()), Pattern.compile("总计")).orElseThrow();
        assertThat(inside.start()).isEqualTo(3);
        assertThat(TextSpans.find(text, all, Pattern.compile("行政许可"))).isEmpty();
        assertThat(TextSpans.find(text, all, Pattern.compile("x?"))).isEmpty();   // an empty match is no place
    }
}
