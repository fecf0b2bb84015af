package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class SectionMissingRuleTest {
    private final SectionMissingRule rule = new SectionMissingRule();

    @Test
    void silentWithSixSections() {
        assertThat(run(rule, TestRecords.t2021())).isEmpty();
        assertThat(run(rule, TestRecords.t2019())).isEmpty();
    }

    @Test
    void firesWhenSectionFiveIsAbsent() {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "五、存在的主要问题及改进情况\n一是公开质量有待提升。二是加强培训。\n", "");
        r.sections.removeIf(s -> s.number == 5);
        assertThat(run(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.messageZh).startsWith("缺少第五部分「五、存在的主要问题及改进情况」");
            assertThat(f.section).isEqualTo(5);
            assertThat(f.evidence).contains("六、其他需要报告的事项");
        });
    }

    @Test
    void matchesByNumberAndKeywordsNotTheExactTitle() {
        ReportRecord r = TestRecords.t2021();
        r.sections.removeIf(s -> s.number == 5);       // the parser missed it, the heading is in the text
        TestRecords.replaceText(r, "五、存在的主要问题及改进情况", "五、存在问题及改进情况");
        assertThat(run(rule, r)).isEmpty();
        ReportRecord t = TestRecords.t2021();
        t.sections.forEach(s -> s.number = 0);           // numbers lost, titles kept
        assertThat(run(rule, t)).isEmpty();
    }

    @Test
    void notForThe2008Era() {
        ReportRecord r = TestRecords.t2008();
        r.sections.clear();
        assertThat(run(rule, r)).isEmpty();
    }
}
