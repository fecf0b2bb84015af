package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class TextApplicationsRuleTest {
    private final TextApplicationsRule rule = new TextApplicationsRule();

    @Test
    void silentWhenTheTextAgrees() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
    }

    @Test
    void firesOffByOneQuotingTheSentence() {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "申请3件", "申请4件");
        ReportRecord.StatedFigure f = r.figures.stream().filter(x -> x.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).findFirst().orElseThrow();
        f.value = n(4);
        f.quote = "共收到政府信息公开申请4件";
        assertThat(run(rule, r)).singleElement().satisfies(x -> {
            assertThat(x.messageZh).isEqualTo("正文称收到申请 4 件，第三部分 本年新收 总计为 3（差 1）");
            assertThat(x.spanStart).isEqualTo(f.start);
            assertThat(r.text.substring(x.spanStart, x.spanEnd)).isEqualTo("共收到政府信息公开申请4件");
            assertThat(x.cells).extracting(c -> c.row + "." + c.column).containsExactly("newReceived.total");
        });
    }

    @Test
    void noneReceivedAgainstANonZeroTable() {
        ReportRecord r = TestRecords.t2021();
        r.figures.stream().filter(x -> x.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).forEach(x -> x.value = n(0));
        assertThat(run(rule, r)).singleElement().satisfies(x -> assertThat(x.actual).isEqualTo("0"));
    }

    @Test
    void emptyTotalCellIsZero() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("newReceived").set(6, null);
        r.figures.stream().filter(x -> x.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).forEach(x -> x.value = n(0));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void silentWithoutTheTableOrWithoutAStatement() {
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(x -> x.key.equals(FigureKeys.APPLICATIONS_RECEIVED));
        r.applications.get("newReceived").set(6, n(9));
        assertThat(run(rule, r)).isEmpty();
    }
}
