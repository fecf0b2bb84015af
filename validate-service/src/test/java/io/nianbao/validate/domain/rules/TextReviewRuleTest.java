package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class TextReviewRuleTest {
    private final TextReviewRule rule = new TextReviewRule();

    @Test
    void silentWhenNoneSaidAndNoneCounted() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
    }

    @Test
    void firesWhenTheTextSaysNoneButTheTableHasAReview() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("upheld", n(1));
        r.reviewLitigation.get("review").put("total", n(1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).isEqualTo("正文称未发生行政复议，第四部分行政复议总计为 1");
            assertThat(f.evidence).isEqualTo("未发生行政复议和行政诉讼");
            assertThat(f.cells).extracting(c -> c.row).containsExactly("review");
        });
    }

    @Test
    void litigationAddsBothKinds() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("litigationAfterReview").put("pending", n(1));
        r.reviewLitigation.get("litigationAfterReview").put("total", n(1));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.messageEn).contains("litigation"));
    }

    @Test
    void aStatedCountMustMatch() {
        ReportRecord r = TestRecords.t2021();
        r.figures.stream().filter(f -> f.key.equals(FigureKeys.REVIEW_COUNT)).forEach(f -> {
            f.value = n(2);
            f.label = "被申请政府信息公开行政复议";
        });
        r.reviewLitigation.get("review").put("upheld", n(2));
        r.reviewLitigation.get("review").put("total", n(2));
        assertThat(run(rule, r)).isEmpty();
        r.reviewLitigation.get("review").put("upheld", n(3));
        r.reviewLitigation.get("review").put("total", n(3));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.expected).isEqualTo("3");
            assertThat(f.actual).isEqualTo("2");
        });
    }

    @Test
    void silentWithoutTableOrStatement() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.REVIEW_COUNT) || f.key.equals(FigureKeys.LITIGATION_COUNT));
        r.reviewLitigation.get("review").put("total", n(1));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void aReviewingBodysCaseloadIsNotAReviewOfItsDisclosure() {
        ReportRecord r = TestRecords.t2021();
        r.figures.stream().filter(f -> f.key.equals(FigureKeys.REVIEW_COUNT)).forEach(f -> {
            f.value = n(50);
            f.label = "全年办理行政复议案件";                   // a 司法局's work as the reviewing body
        });
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void cellsInDoubtAreNotCompared() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("upheld", n(1));
        r.reviewLitigation.get("review").put("total", n(1));
        ReportRecord.ParseNote note = new ReportRecord.ParseNote("LAYOUT_IRREGULAR", "section 四: 14 numbers where 15 cells were expected", 4);
        note.table = "reviewLitigation";
        r.parseNotes.add(note);
        assertThat(run(rule, r)).isEmpty();
    }
}
