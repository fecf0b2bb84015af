package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRulesTest {
    static final String A = "滁州市琅琊区人力资源和社会保障局";

    static List<BigDecimal> row(Integer... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (Integer i : v) {
            out.add(i == null ? null : BigDecimal.valueOf(i));
        }
        return out;
    }

    static Map<String, Map<String, BigDecimal>> active(int regMade, int regRepealed, int regInForce,
                                                       int docMade, int docRepealed, int docInForce) {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        m.put("regulations", new LinkedHashMap<>(Map.of("made", BigDecimal.valueOf(regMade),
                "repealed", BigDecimal.valueOf(regRepealed), "inForce", BigDecimal.valueOf(regInForce))));
        m.put("normativeDocuments", new LinkedHashMap<>(Map.of("made", BigDecimal.valueOf(docMade),
                "repealed", BigDecimal.valueOf(docRepealed), "inForce", BigDecimal.valueOf(docInForce))));
        return m;
    }

    static ReportFacts facts(String id, int year, List<BigDecimal> carriedOver, List<BigDecimal> carriedForward,
                             Map<String, Map<String, BigDecimal>> active) {
        return new ReportFacts(id.repeat(64 / id.length()), A, year, "2021", null, carriedOver, carriedForward, active, 0, null);
    }

    @Test
    void carryOverFiresOnTheTotalAndEveryKnownColumnThatDiffers() {
        var prev = facts("a", 2022, row(0, 0, 0, 0, 0, 0, 0), row(2, 1, 0, 0, 0, 0, 3), null);
        var cur = facts("b", 2023, row(2, 0, 0, 0, 0, 0, 2), row(0, 0, 0, 0, 0, 0, 0), null);
        List<HistoryFinding> f = HistoryRules.carryOver(cur, prev);
        assertThat(f).hasSize(1);
        HistoryFinding x = f.get(0);
        assertThat(x.ruleId()).isEqualTo("CARRY_OVER_MISMATCH");
        assertThat(x.severity()).isEqualTo("warning");
        assertThat(x.cells()).extracting(HistoryFinding.Cell::column).containsExactly("total", "commercialEnterprise");
        assertThat(x.expected()).isEqualTo("3");
        assertThat(x.actual()).isEqualTo("2");
        assertThat(x.relatedDocumentId()).isEqualTo(prev.documentId());
        assertThat(x.messageZh()).contains("2023", "2022", "上年结转2件", "结转下年度3件");
        assertThat(x.messageEn()).contains("carriedOver 2", "carriedForward 3");
    }

    @Test
    void carryOverSilentWhenEqualUnknownOrNotConsecutive() {
        var prev = facts("a", 2022, null, row(2, 1, 0, 0, 0, 0, 3), null);
        assertThat(HistoryRules.carryOver(facts("b", 2023, row(2, 1, 0, 0, 0, 0, 3), null, null), prev)).isEmpty();
        // unknown cells do not count
        assertThat(HistoryRules.carryOver(facts("b", 2023, row(null, null, null, null, null, null, null), null, null), prev)).isEmpty();
        // 2024 vs 2022: not the previous year
        assertThat(HistoryRules.carryOver(facts("b", 2024, row(0, 0, 0, 0, 0, 0, 0), null, null), prev)).isEmpty();
        // no table
        assertThat(HistoryRules.carryOver(facts("b", 2023, null, null, null), prev)).isEmpty();
    }

    @Test
    void inForceDriftFiresPerRowWhereTheStockDoesNotFollow() {
        var prev = facts("a", 2021, null, null, active(0, 0, 5, 1, 0, 10));
        // regulations: 5 + 1 - 0 = 6 but 7; normativeDocuments: 10 + 2 - 1 = 11 and 11
        var cur = facts("b", 2022, null, null, active(1, 0, 7, 2, 1, 11));
        List<HistoryFinding> f = HistoryRules.inForceDrift(cur, prev);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).ruleId()).isEqualTo("IN_FORCE_DRIFT");
        assertThat(f.get(0).cells()).containsExactly(new HistoryFinding.Cell("activeDisclosure", "regulations", "inForce"));
        assertThat(f.get(0).expected()).isEqualTo("6");
        assertThat(f.get(0).actual()).isEqualTo("7");
        assertThat(f.get(0).messageZh()).contains("现行有效件数为7", "应为6");
    }

    @Test
    void inForceDriftSilentWhenConsistentOrOtherTemplate() {
        var prev = facts("a", 2021, null, null, active(0, 0, 5, 1, 0, 10));
        assertThat(HistoryRules.inForceDrift(facts("b", 2022, null, null, active(1, 0, 6, 2, 1, 11)), prev)).isEmpty();
        var prev2019 = new ReportFacts("c".repeat(64), A, 2021, "2019", null, null, null, active(0, 0, 5, 1, 0, 10), 0, null);
        assertThat(HistoryRules.inForceDrift(facts("b", 2022, null, null, active(1, 0, 99, 2, 1, 99)), prev2019)).isEmpty();
    }

    static final String TEXT = "本年度我局认真贯彻落实政府信息公开条例，坚持以公开为常态、不公开为例外，围绕就业创业、社会保障、"
            + "人才人事、劳动关系等重点领域，全面推进决策、执行、管理、服务、结果公开，及时回应社会关切，"
            + "进一步完善政府信息公开工作机制，强化信息发布审核，规范依申请公开办理流程，加强政府信息公开平台建设，"
            + "充分利用门户网站、政务新媒体等渠道发布政策解读信息，推动各项惠民政策落地见效，切实保障人民群众的知情权、"
            + "参与权、表达权和监督权。存在的主要问题是公开内容不够全面，解读形式较为单一，下一步将加强培训，提升工作水平。";

    static ReportFacts narrative(String id, String agency, int year, String normalized) {
        return new ReportFacts(id.repeat(64), agency, year, "2021", null, null, null, null, normalized.length(),
                MinHash.of(normalized));
    }

    @Test
    void copiedTextFiresOnANearCopyWithOtherNumbersAndNotOnADifferentText() {
        String a = TextSimilarity.normalize("2022年" + TEXT + "共发布信息123条");
        String b = TextSimilarity.normalize("2023年" + TEXT + "共发布信息456条");
        var prev = narrative("a", A, 2022, a);
        var cur = narrative("b", A, 2023, b);
        List<HistoryFinding> f = HistoryRules.copiedText(cur, prev, HistoryRules.CopyKind.SAME_AGENCY_PREVIOUS, 0.9, 100);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).ruleId()).isEqualTo("COPIED_TEXT");
        assertThat(f.get(0).actual()).isEqualTo("100.0%");
        assertThat(f.get(0).messageZh()).contains("同一机关2022年度报告");

        String other = TextSimilarity.normalize("本局严格执行信息公开规定，今年重点推进养老保险待遇发放、失业保险稳岗返还、"
                + "职业技能培训补贴等事项的主动公开，建立健全信息公开保密审查制度，明确专人负责网站栏目维护，"
                + "按季度开展自查，对发现的问题立行立改。同时，通过新闻发布会、在线访谈等形式加强政策宣传，"
                + "群众满意度持续提升。明年将继续深化公开内容，拓宽公开渠道，提高公开质量，为全县经济社会发展提供有力支撑。");
        var diff = narrative("c", "另一局", 2023, other);
        assertThat(HistoryRules.copiedText(cur, diff, HistoryRules.CopyKind.OTHER_AGENCY_SAME_YEAR, 0.9, 100)).isEmpty();
        // too short to judge
        assertThat(HistoryRules.copiedText(cur, prev, HistoryRules.CopyKind.SAME_AGENCY_PREVIOUS, 0.9, 10_000)).isEmpty();
    }

    @Test
    void duplicateNamesTheOtherAndSaysWhichIsCurrent() {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        HistoryFinding onA = HistoryRules.duplicate(a, b, true, false, A, 2021);
        HistoryFinding onB = HistoryRules.duplicate(b, a, false, true, A, 2021);
        assertThat(onA.relatedDocumentId()).isEqualTo(b);
        assertThat(onA.actual()).isEqualTo("superseded");
        assertThat(onB.actual()).isEqualTo("current");
        assertThat(onA.severity()).isEqualTo("info");
        assertThat(onA.messageZh()).contains("bbbbbbbbbbbb", "较新", "已被取代");
        assertThat(onB.messageZh()).contains("aaaaaaaaaaaa", "较旧", "现行版本");
        assertThat(onA.fingerprint()).isNotEqualTo(onB.fingerprint());
    }

    @Test
    void duplicatesNameOnlyTheNeighboursInRecencyOrder() {
        List<String> ids = List.of("1".repeat(64), "2".repeat(64), "3".repeat(64), "4".repeat(64)); // oldest .. current
        List<HistoryFinding> oldest = HistoryRules.duplicates(ids.get(0), ids, A, 2021);
        List<HistoryFinding> middle = HistoryRules.duplicates(ids.get(1), ids, A, 2021);
        List<HistoryFinding> current = HistoryRules.duplicates(ids.get(3), ids, A, 2021);
        assertThat(oldest).extracting(HistoryFinding::relatedDocumentId).containsExactly(ids.get(1));
        assertThat(middle).extracting(HistoryFinding::relatedDocumentId).containsExactly(ids.get(0), ids.get(2));
        assertThat(middle).extracting(HistoryFinding::actual).containsOnly("superseded");
        assertThat(current).extracting(HistoryFinding::relatedDocumentId).containsExactly(ids.get(2));
        assertThat(current).extracting(HistoryFinding::actual).containsExactly("current");
        // a document alone is no duplicate; a document outside the group gets nothing
        assertThat(HistoryRules.duplicates(ids.get(0), List.of(ids.get(0)), A, 2021)).isEmpty();
        assertThat(HistoryRules.duplicates("9".repeat(64), ids, A, 2021)).isEmpty();
        // whatever the size of the report, a document holds at most two
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(String.format("%064d", i));
        }
        assertThat(HistoryRules.duplicates(many.get(100), many, A, 2021)).hasSize(2);
        assertThat(HistoryRules.duplicates(many.get(199), many, A, 2021)).hasSize(1);
    }

    @Test
    void fingerprintIsStableAcrossRuns() {
        var prev = facts("a", 2022, null, row(2, 1, 0, 0, 0, 0, 3), null);
        var cur = facts("b", 2023, row(2, 0, 0, 0, 0, 0, 2), null, null);
        assertThat(HistoryRules.carryOver(cur, prev).get(0).fingerprint())
                .isEqualTo(HistoryRules.carryOver(cur, prev).get(0).fingerprint());
        assertThat(Arrays.asList(HistoryRules.CATALOGUE.keySet().toArray()))
                .containsExactly("CARRY_OVER_MISMATCH", "IN_FORCE_DRIFT", "COPIED_TEXT", "DUPLICATE_REPORT");
    }
}
