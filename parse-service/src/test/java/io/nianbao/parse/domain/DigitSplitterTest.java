package io.nianbao.parse.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigitSplitterTest {

    @Test
    void uniqueReadingOfAFlattenedRow() {
        List<long[]> r = DigitSplitter.split(List.of("640020470"), 7, DigitSplitter::lastIsSum, 50);
        assertThat(r).hasSize(1);
        assertThat(r.get(0)).containsExactly(64, 0, 0, 2, 0, 4, 70);
    }

    @Test
    void ambiguousRowGivesAllReadings() {
        List<long[]> r = DigitSplitter.split(List.of("110000112"), 7, DigitSplitter::lastIsSum, 50);
        assertThat(r).extracting(SlotReader::render).contains("11 0 0 0 0 1 12", "1 10 0 0 0 1 12");
    }

    @Test
    void chunkBoundariesAreCuts() {
        // "64 0020470": the space is a cut, so 6|4... readings are impossible
        List<long[]> r = DigitSplitter.split(List.of("64", "0020470"), 7, DigitSplitter::lastIsSum, 50);
        assertThat(r).extracting(SlotReader::render).containsExactly("64 0 0 2 0 4 70");
    }

    @Test
    void noReadingWhenNothingAddsUp() {
        assertThat(DigitSplitter.split(List.of("1234567"), 7, DigitSplitter::lastIsSum, 50)).isEmpty();
    }

    @Test
    void leadingZerosAreNotNumbers() {
        // 7 parts from "1000001": only 1 0 0 0 0 0 1 (no "00", no "01")
        List<long[]> r = DigitSplitter.split(List.of("1000001"), 7, v -> true, 50);
        assertThat(r).extracting(SlotReader::render).containsExactly("1 0 0 0 0 0 1");
    }

    @Test
    void reviewGroupsOfFive() {
        List<long[]> r = DigitSplitter.split(List.of("101020000000000"), 15, DigitSplitter::groupsOfFiveSum, 50);
        assertThat(r).extracting(SlotReader::render).containsExactly("1 0 1 0 2 0 0 0 0 0 0 0 0 0 0");
    }
}
