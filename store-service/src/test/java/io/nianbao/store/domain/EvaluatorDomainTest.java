package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain domain behind the evaluator's pages: finding locations, review decisions, table and text differences. */
class EvaluatorDomainTest {
    static final String ID = "a".repeat(64);

    @Test
    void aLocationIsTheCellsSortedElseTheSpanElseTheSection() {
        List<FindingLocation.Cell> cells = List.of(new FindingLocation.Cell("applications", "carriedOver", "total"),
                new FindingLocation.Cell("applications", "carriedOver", "naturalPerson"),
                new FindingLocation.Cell("applications", "carriedOver", "total"));
        assertThat(FindingLocation.of(3, cells, 10, 20))
                .isEqualTo("cells:applications.carriedOver.naturalPerson,applications.carriedOver.total");
        // the same cells in another order: the same location (a re-validation may list them differently)
        assertThat(FindingLocation.of(3, List.of(cells.get(1), cells.get(0)), null, null))
                .isEqualTo(FindingLocation.of(3, cells, 10, 20));
        assertThat(FindingLocation.of(3, List.of(new FindingLocation.Cell("reviewLitigation", "review", null)), null, null))
                .isEqualTo("cells:reviewLitigation.review.");
        assertThat(FindingLocation.of(1, List.of(), 120, 164)).isEqualTo("span:120-164");
        assertThat(FindingLocation.of(5, null, null, null)).isEqualTo("section:5");
        assertThat(FindingLocation.of(null, null, null, null)).isEqualTo("document");
    }

    @Test
    void aDecisionNeedsAKnownKindAReasonAndAWellFormedIdentity() {
        ReviewDecision ok = new ReviewDecision(" " + ID + " ", "APP_BALANCE ", "span:1-2", " Confirmed", "  核实无误  ").validated();
        assertThat(ok).isEqualTo(new ReviewDecision(ID, "APP_BALANCE", "span:1-2", "confirmed", "核实无误"));
        assertThatThrownBy(() -> new ReviewDecision(ID, "R", "span:1-2", "maybe", "x").validated())
                .hasMessageContaining("confirmed or dismissed");
        assertThatThrownBy(() -> new ReviewDecision(ID, "R", "span:1-2", "dismissed", "  ").validated())
                .hasMessageContaining("reason is required");
        assertThatThrownBy(() -> new ReviewDecision("xyz", "R", "span:1-2", "dismissed", "r").validated())
                .hasMessageContaining("documentId");
        assertThatThrownBy(() -> new ReviewDecision(ID, "", "span:1-2", "dismissed", "r").validated())
                .hasMessageContaining("ruleId");
        assertThatThrownBy(() -> new ReviewDecision(ID, "R", null, "dismissed", "r").validated())
                .hasMessageContaining("location");
        assertThatThrownBy(() -> new ReviewDecision(ID, "R", "document", "dismissed", "长".repeat(2001)).validated())
                .hasMessageContaining("at most 2000");
    }

    @Test
    void tableDiffMarksChangedEmptiedAndMissingCells() {
        Map<TableDiff.Key, BigDecimal> a = new LinkedHashMap<>();
        Map<TableDiff.Key, BigDecimal> b = new LinkedHashMap<>();
        TableDiff.Key same = new TableDiff.Key("applications", "newReceived", "total");
        TableDiff.Key changed = new TableDiff.Key("applications", "carriedOver", "total");
        TableDiff.Key emptied = new TableDiff.Key("activeDisclosure", "fees", "amount");
        TableDiff.Key onlyB = new TableDiff.Key("applications", "otherOther", "total");
        a.put(same, new BigDecimal("7.0000"));
        b.put(same, new BigDecimal("7"));
        a.put(changed, BigDecimal.ZERO);
        b.put(changed, BigDecimal.valueOf(2));
        a.put(emptied, BigDecimal.ZERO);
        b.put(emptied, null);
        b.put(onlyB, BigDecimal.ONE);
        List<TableDiff.Row> rows = TableDiff.diff(a, b);
        assertThat(rows).extracting(TableDiff.Row::row).containsExactly("newReceived", "carriedOver", "fees", "otherOther");
        assertThat(rows).extracting(TableDiff.Row::differs).containsExactly(false, true, true, true);
        assertThat(rows.get(3).inA()).isFalse();
        assertThat(rows.get(3).inB()).isTrue();
    }

    @Test
    void textDiffKeepsCommonSentencesAndShowsRemovedAndAdded() {
        String a = "一、总体情况\n我局认真贯彻条例。全年主动公开信息100条。存在的问题是培训不足。";
        String b = "一、总体情况\n我局认真贯彻条例。 全年主动公开信息120条。新建政务公开专区。存在的问题是培训不足。";
        List<TextDiff.Part> parts = TextDiff.diff(a, b);
        assertThat(parts).extracting(TextDiff.Part::op).containsExactly(TextDiff.Op.SAME, TextDiff.Op.REMOVED,
                TextDiff.Op.ADDED, TextDiff.Op.SAME);
        assertThat(parts.get(1).text()).isEqualTo("全年主动公开信息100条。");
        assertThat(parts.get(2).text()).isEqualTo(" 全年主动公开信息120条。新建政务公开专区。");
        // whitespace alone is no difference; identical texts are one SAME run
        assertThat(TextDiff.diff("甲。乙。", "甲。 乙。")).extracting(TextDiff.Part::op).containsExactly(TextDiff.Op.SAME);
        assertThat(TextDiff.diff("", "新的一句。")).containsExactly(new TextDiff.Part(TextDiff.Op.ADDED, "新的一句。"));
        assertThat(TextDiff.sentences("甲。乙；丙\n丁")).containsExactly("甲。", "乙；", "丙\n", "丁");
    }
}
