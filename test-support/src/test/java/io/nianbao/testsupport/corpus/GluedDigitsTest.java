package io.nianbao.testsupport.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GluedDigitsTest {
    @Test
    void readingsOfRealRuns() {
        // 平潭 2023: 行政规范性文件2159165 (made, repealed, inForce) is ambiguous; 000 and 505 are not
        assertThat(GluedDigits.readings("2159165", 3)).hasSizeGreaterThan(1).contains(List.of("21", "59", "165"));
        assertThat(GluedDigits.readings("000", 3)).containsExactly(List.of("0", "0", "0"));
        assertThat(GluedDigits.readings("505", 3)).containsExactly(List.of("5", "0", "5"));
        assertThat(GluedDigits.readings("0000000", 7)).hasSize(1);
        assertThat(GluedDigits.readings("12", 3)).isEmpty();
    }

    @Test
    void ambiguousRowsOfAGeneratedReport() {
        int ambiguous = 0;
        for (GeneratedReport rep : new ReportGenerator(4).generate(60)) {
            for (String row : GluedDigits.ambiguousActiveRows(rep)) {
                ambiguous++;
                assertThat(rep.expected().activeDisclosure.get(row).values().stream().filter(v -> v != null && v.signum() > 0
                        && v.toPlainString().length() > 1)).isNotEmpty();
            }
        }
        assertThat(ambiguous).isPositive();
    }
}
