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

    static final String R1 = "rules-1+3f9a0c21";
    static final String R1_OTHER_BUILD = "rules-1+77aa0b3c";
    static final String R2 = "rules-2+b71e44d0";
    static final String R10 = "rules-10+0c5d9e12";
    static final String P1 = "parse-1+8a2f6b90";
    static final String P2 = "parse-2+1d3e5f70";

    @Test
    void storeDecisionOrdersComponentVersions() {
        assertThat(StoreDecision.decide(false, null, null, R1, P1)).isEqualTo(StoreDecision.NEW);
        assertThat(StoreDecision.decide(true, R1, P1, R1, P1)).isEqualTo(StoreDecision.DUPLICATE);
        // release counters compare as numbers: 10 > 2
        assertThat(StoreDecision.decide(true, R2, P1, R10, P1)).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, R10, P1, R2, P1)).isEqualTo(StoreDecision.STALE);
        // same rule set: the parser decides, newer replaces, older is stale
        assertThat(StoreDecision.decide(true, R1, P1, R1, P2)).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, R1, P2, R1, P1)).isEqualTo(StoreDecision.STALE);
        // a newer rule set wins even with an older parser
        assertThat(StoreDecision.decide(true, R1, P2, R2, P1)).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, null, null, null, null)).isEqualTo(StoreDecision.DUPLICATE);
        // records of older builds (not of the component form) are release 0: older than any current version
        assertThat(StoreDecision.decide(true, "1.0.0", "parse-1.0", R1, P1)).isEqualTo(StoreDecision.REPLACE);
        assertThat(StoreDecision.decide(true, R1, P1, "1.0.0", "parse-1.0")).isEqualTo(StoreDecision.STALE);
    }

    @Test
    void concurrentBuildsOfOneReleaseReplaceAndSaySo() {
        StoreDecision.Verdict v = StoreDecision.judge(true, R1, P1, R1_OTHER_BUILD, P1);
        assertThat(v.decision()).isEqualTo(StoreDecision.REPLACE);
        assertThat(v.wasConcurrent()).isTrue();
        assertThat(v.concurrent()).contains(R1, R1_OTHER_BUILD);
        StoreDecision.Verdict p = StoreDecision.judge(true, R1, P1, R1, "parse-1+ffff0000");
        assertThat(p.decision()).isEqualTo(StoreDecision.REPLACE);
        assertThat(p.concurrent()).startsWith("parser");
        assertThat(StoreDecision.judge(true, R1, P1, R2, P1).wasConcurrent()).isFalse();
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
