package io.nianbao.contract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    @Test
    void roundTripKeepsNullCellsAndPlainDecimals() {
        var r = new ReportRecord();
        r.documentId = DocumentIds.of("x".getBytes());
        r.report = new ReportRecord.Report();
        r.report.reportYear = 2021;
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        fees.put("amount", new BigDecimal("66.4866"));
        r.activeDisclosure = new LinkedHashMap<>(Map.of("fees", fees));
        r.applications = new LinkedHashMap<>();
        r.applications.put("newReceived", Arrays.asList(BigDecimal.ONE, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1E+2")));

        String json = Json.toString(r);
        assertThat(json).contains("\"amount\":66.4866").contains("[1,null,0,0,0,0,100]")
                .doesNotContain("reviewLitigation").doesNotContain("findings");
        var back = Json.read(json, ReportRecord.class);
        assertThat(back.applications.get("newReceived")).containsExactly(BigDecimal.ONE, null, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(back.activeDisclosure.get("fees").get("amount")).isEqualByComparingTo("66.4866");
        assertThat(back.report.reportYear).isEqualTo(2021);
    }

    @Test
    void documentIdIsSha256Hex() {
        assertThat(DocumentIds.of("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentIds.isValid(DocumentIds.of(new byte[0]))).isTrue();
        assertThat(DocumentIds.isValid("../etc/passwd")).isFalse();
    }

    @Test
    void templateRowsFollowTheSpec() {
        assertThat(TemplateKeys.APPLICATION_ROWS_2021).hasSize(25).startsWith("newReceived", "carriedOver")
                .endsWith("total", "carriedForward");
        assertThat(TemplateKeys.APPLICATION_ROWS_2019).hasSize(23).contains("otherHandling");
        int cells2021 = TemplateKeys.ACTIVE_2021.values().stream().mapToInt(java.util.List::size).sum()
                + 7 * TemplateKeys.APPLICATION_ROWS_2021.size() + 15;
        assertThat(cells2021).as("2021 template cells: 10 in 二, 25x7 in 三, 15 in 四")
                .isEqualTo(10 + 175 + 15);
    }
}
