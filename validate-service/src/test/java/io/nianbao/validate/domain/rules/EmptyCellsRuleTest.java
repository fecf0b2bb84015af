package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class EmptyCellsRuleTest {
    private final EmptyCellsRule rule = new EmptyCellsRule();

    @Test
    void silentWhenEveryCellHasANumber() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2008())).isEmpty();
    }

    @Test
    void oncePerTableListingTheCells() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("otherNoCorrection").set(5, null);
        r.applications.get("otherOther").set(6, null);
        r.reviewLitigation.get("review").put("pending", null);
        var fs = run(rule, r);
        assertThat(fs).hasSize(2);
        assertThat(fs.get(0).messageEn).contains("2 empty cell(s)").contains("otherNoCorrection.otherOrg")
                .contains("otherOther.total");
        assertThat(fs.get(0).cells).hasSize(2);
        assertThat(fs.get(0).section).isEqualTo(3);
        assertThat(fs.get(1).cells).extracting(c -> c.row + "." + c.column).containsExactly("review.pending");
    }

    @Test
    void aShortRowCountsItsMissingCells() {
        ReportRecord r = TestRecords.t2021();
        r.applications.put("granted", TestRecords.row(1, 1, 0, 0, 0, 0));
        assertThat(run(rule, r)).singleElement().satisfies(f -> assertThat(f.actual).isEqualTo("1 empty"));
    }
}
