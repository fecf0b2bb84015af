package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallDomainTest {

    @Test
    void normalizeDropsNumbersSpacesAndPunctuation() {
        assertThat(TextSimilarity.normalize("2021年，共收到申请 3 件（含１件）。ABC")).isEqualTo("年共收到申请件含件abc");
    }

    @Test
    void similarityIsOneForEqualAndLowForUnrelated() {
        String a = TextSimilarity.normalize("政府信息公开工作年度报告依据条例编制，内容包括总体情况与主动公开情况");
        assertThat(TextSimilarity.similarity(a, a)).isEqualTo(1.0);
        assertThat(TextSimilarity.similarity(a, TextSimilarity.normalize("今天天气很好我们一起去公园散步吧"))).isLessThan(0.1);
        int[] b = TextSimilarity.lengthBounds(1000, 0.9);
        assertThat(b[0]).isLessThanOrEqualTo(900);
        assertThat(b[1]).isGreaterThanOrEqualTo(1111);
    }

    @Test
    void narrativeSkipsTheTableSectionsOfTheStandardTemplates() {
        List<Narrative.Part> parts = List.of(new Narrative.Part(1, "总体情况甲"), new Narrative.Part(2, "表格乙"),
                new Narrative.Part(3, "表格丙"), new Narrative.Part(4, "表格丁"), new Narrative.Part(5, "问题戊"),
                new Narrative.Part(6, "其他己"));
        assertThat(Narrative.of("2021", parts, "全文")).isEqualTo("总体情况甲问题戊其他己");
        assertThat(Narrative.of("2008", parts, "全文")).isEqualTo("总体情况甲表格乙表格丙表格丁问题戊其他己");
        assertThat(Narrative.of("2021", List.of(), "全文，12")).isEqualTo("全文");
    }

    @Test
    void currentIsTheMostRecentlyPublishedThenReceived() {
        var a = new SameReport.Candidate("a", LocalDate.of(2022, 1, 20), Instant.parse("2022-03-01T00:00:00Z"));
        var b = new SameReport.Candidate("b", LocalDate.of(2022, 1, 25), Instant.parse("2022-02-01T00:00:00Z"));
        var c = new SameReport.Candidate("c", null, Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(SameReport.current(List.of(a, b, c))).isEqualTo("b");
        var d = new SameReport.Candidate("d", null, Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(SameReport.current(List.of(c, d))).isEqualTo("d");
    }

    @Test
    void storeDecision() {
        assertThat(StoreDecision.decide(false, null, null, "1", "1")).isEqualTo(StoreDecision.NEW);
        assertThat(StoreDecision.decide(true, "1.2", "p1", "1.2", "p1")).isEqualTo(StoreDecision.DUPLICATE);
        assertThat(StoreDecision.decide(true, "1.2", "p1", "1.10", "p1")).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, "1.10", "p1", "1.9", "p1")).isEqualTo(StoreDecision.STALE);
        assertThat(StoreDecision.decide(true, "1.2", "0.1.0", "1.2", "0.2.0")).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, null, null, null, null)).isEqualTo(StoreDecision.DUPLICATE);
    }

    @Test
    void csvHasBomCrlfAndQuotes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = new Csv(out, List.of("a", "b", "c", "d"))) {
            csv.row(Arrays.asList("琅琊区,人社局", "say \"hi\"", new BigDecimal("1E+2"), null));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b,c,d\r\n\"琅琊区,人社局\",\"say \"\"hi\"\"\",100,\r\n");
    }

    @Test
    void sortSpecParsesAndRefusesUnknownFields() {
        assertThat(SortSpec.parse("year,-publishedOn").orders())
                .containsExactly(new SortSpec.Order("year", true), new SortSpec.Order("publishedOn", false));
        assertThat(SortSpec.parse(null).orders()).isNotEmpty();
        assertThatThrownBy(() -> SortSpec.parse("password")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterValidation() {
        assertThatThrownBy(() -> new ReportFilter(null, "34x", null, null, null, null, null, null, null, null).validated())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportFilter(null, null, 2023, 2021, null, null, null, null, null, null).validated())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportFilter.none().validated()).isNotNull();
    }

    @Test
    void nulIsRemovedForPostgres() {
        assertThat(PgText.clean("a\0b")).isEqualTo("ab");
        assertThat(PgText.cleanJson("{\"t\":\"a\\u0000b\"}")).isEqualTo("{\"t\":\"ab\"}");
        // an escaped backslash followed by the letters u0000 is text, not NUL
        assertThat(PgText.cleanJson("{\"t\":\"a\\\\u0000b\"}")).isEqualTo("{\"t\":\"a\\\\u0000b\"}");
        assertThat(PgText.cleanJson("{\"t\":\"a\\\\\\u0000b\"}")).isEqualTo("{\"t\":\"a\\\\b\"}");
    }
}
