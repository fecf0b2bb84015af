package io.nianbao.validate.domain.rules;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedLateRuleTest {
    private final PublishedLateRule rule = new PublishedLateRule();

    private static ReportRecord published(String date, String kind, int year) {
        ReportRecord r = TestRecords.t2021();
        TestRecords.replaceText(r, "发布时间：" + r.report.publishedOn, "发布时间：" + date);
        r.report.publishedOn = date;
        r.report.agencyKind = kind;
        r.report.reportYear = year;
        return r;
    }

    @Test
    void departmentOnTheLastDayIsOnTime() {
        assertThat(run(rule, published("2023-01-31", "department", 2022))).isEmpty();
    }

    @Test
    void departmentADayLateFiresWithTheDate() {
        assertThat(run(rule, published("2023-02-01", "department", 2022))).singleElement().satisfies(f -> {
            assertThat(f.messageZh).isEqualTo("2022年度部门报告应于 2023-01-31 前发布，实际发布于 2023-02-01（逾期 1 天）");
            assertThat(f.evidence).contains("2023-02-01");
        });
    }

    @Test
    void governmentHasUntilTheEndOfMarch() {
        assertThat(run(rule, published("2023-03-31", "government", 2022))).isEmpty();
        assertThat(run(rule, published("2023-04-01", "government", 2022))).hasSize(1);
    }

    @Test
    void upTo2018EveryReportHasUntilMarch() {
        assertThat(run(rule, published("2018-03-31", "department", 2017))).isEmpty();
        assertThat(run(rule, published("2018-04-01", "department", 2017))).hasSize(1);
    }

    @Test
    void kindReadFromTheNameWhenNotGiven() {
        ReportRecord dept = published("2023-02-10", null, 2022);
        assertThat(run(rule, dept)).hasSize(1);                      // …人力资源和社会保障局
        ReportRecord gov = published("2023-02-10", null, 2022);
        gov.report.agencyCanonical = "滁州市琅琊区人民政府";
        assertThat(run(rule, gov)).isEmpty();
        ReportRecord unknown = published("2023-02-10", null, 2022);
        unknown.report.agencyCanonical = null;
        unknown.report.agency = null;
        assertThat(run(rule, unknown)).isEmpty();                    // no guess: the later deadline
    }

    @Test
    void silentWithoutADate() {
        ReportRecord r = TestRecords.t2021();
        r.report.publishedOn = null;
        assertThat(run(rule, r)).isEmpty();
    }
}
