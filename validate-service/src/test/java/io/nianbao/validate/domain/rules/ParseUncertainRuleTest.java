package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class ParseUncertainRuleTest {
    private final ParseUncertainRule rule = new ParseUncertainRule();

    @Test
    void silentWithoutGuesses() {
        ReportRecord r = TestRecords.t2021();
        assertThat(run(rule, r)).isEmpty();
        r.parseNotes.add(new ReportRecord.ParseNote("TEXT_REPAIRED", "Traditional read as Simplified", null));
        assertThat(run(rule, r)).isEmpty();
    }

    @Test
    void saysWhichTableAndWhy() {
        ReportRecord r = TestRecords.t2021();
        r.parseNotes.add(new ReportRecord.ParseNote("LABELS_LOST", "195 numbers for 154 cells", 3));
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).startsWith("三、表格 applications：解析时有推测（LABELS_LOST）：195 numbers for 154 cells");
            assertThat(f.section).isEqualTo(3);
            assertThat(f.cells).extracting(c -> c.table).containsExactly("applications");
            assertThat(f.evidence).startsWith("三、收到和处理政府信息公开申请情况");
        });
    }

    @Test
    void tableGivenWithoutSectionAndCandidates() {
        ReportRecord r = TestRecords.t2021();
        ReportRecord.ParseNote n = new ReportRecord.ParseNote("COLUMNS_SHIFTED", "header shifted by one", null);
        n.table = "reviewLitigation";
        n.candidates = List.of("shift left", "keep");
        r.parseNotes.add(n);
        r.parseNotes.add(new ReportRecord.ParseNote("CELL_COUNT_AMBIGUOUS", "2 layouts fit", 2));
        var fs = run(rule, r);
        assertThat(fs).hasSize(2);
        assertThat(fs.get(0).section).isEqualTo(4);
        assertThat(fs.get(0).messageZh).contains("候选：shift left | keep");
        assertThat(fs.get(1).cells).extracting(c -> c.table).containsExactly("activeDisclosure");
    }
}
