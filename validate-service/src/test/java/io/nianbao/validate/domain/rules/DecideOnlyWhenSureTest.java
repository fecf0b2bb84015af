package io.nianbao.validate.domain.rules;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.validate.domain.Doubt;
import io.nianbao.validate.domain.TestRecords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.validate.domain.TestRecords.n;
import static io.nianbao.validate.domain.TestRecords.row;
import static io.nianbao.validate.domain.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of issue 10: findings real reports hold that were missed, and the doubt that must keep a rule silent.
 */
class DecideOnlyWhenSureTest {

    private static ReportRecord.ParseNote note(String code, String message, int section, String table) {
        ReportRecord.ParseNote n = new ReportRecord.ParseNote(code, message, section);
        n.table = table;
        return n;
    }

    // ------------------------------------------------------------------ found

    @Test
    void aBlankTotalColumnWhileTheApplicantColumnsAreNot() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("newReceived").set(6, null);
        r.applications.get("granted").set(6, null);
        assertThat(run(new AppTotalColumnRule(), r)).extracting(f -> f.cells.get(0).row)
                .containsExactly("newReceived", "granted");
    }

    @Test
    void outcomeRowsThatExceedTheTotal() {
        ReportRecord r = TestRecords.t2021();
        r.applications.put("unavailableNotHeld", row(4, 0, 0, 0, 0, 0, 4));
        assertThat(run(new AppTotalRowRule(), r)).extracting(f -> f.cells.get(0).column)
                .containsExactly("naturalPerson", "total");
    }

    @Test
    void aReviewBlockOfOnePrintingTotalZero() {
        ReportRecord r = TestRecords.t2021();
        r.reviewLitigation.get("review").put("upheld", n(1));   // 1 + 0 + 0 + 0, 总计 0
        assertThat(run(new ReviewTotalRule(), r)).singleElement().satisfies(f -> {
            assertThat(f.expected).isEqualTo("1");
            assertThat(f.actual).isEqualTo("0");
        });
    }

    @Test
    void seventeenReceivedInTheTextNinetyFiveInTheTable() {
        ReportRecord r = TestRecords.t2021();
        r.applications.put("newReceived", row(95, 0, 0, 0, 0, 0, 95));
        r.figures.stream().filter(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).forEach(f -> f.value = n(17));
        assertThat(run(new TextApplicationsRule(), r)).singleElement().satisfies(f -> {
            assertThat(f.expected).isEqualTo("95");
            assertThat(f.actual).isEqualTo("17");
        });
    }

    @Test
    void aLabelledFigureNamingApplicationsReceivedCountsToo() {
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED));
        TestRecords.figure(r, FigureKeys.QUANTITY, "全年共收到政府信息公开申请", "5", "件", "共收到政府信息公开申请3件", 1);
        assertThat(run(new TextApplicationsRule(), r)).hasSize(1);
    }

    // ------------------------------------------------------------------ not sure: silent

    @Test
    void aStatedCountOfSomethingElseIsNotCompared() {
        ReportRecord r = TestRecords.t2021();
        r.figures.removeIf(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED));
        TestRecords.figure(r, FigureKeys.QUANTITY, "办结政府信息公开申请", "5", "件", "共收到政府信息公开申请3件", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "通过网上申请平台收到申请", "2", "件", "共收到政府信息公开申请3件", 1);
        TestRecords.figure(r, FigureKeys.QUANTITY, "收到申请（含上年结转）", "4", "件", "共收到政府信息公开申请3件", 1);
        assertThat(run(new TextApplicationsRule(), r)).isEmpty();
    }

    @Test
    void oneStatementThatAgreesMeansTheOthersCountSomethingElse() {
        ReportRecord r = TestRecords.t2021();
        TestRecords.figure(r, FigureKeys.APPLICATIONS_RECEIVED, "政府信息公开申请", "7", "件", "共收到政府信息公开申请3件", 1);
        assertThat(run(new TextApplicationsRule(), r)).isEmpty();
    }

    @Test
    void aTableCellInDoubtIsNotComparedWithTheText() {
        ReportRecord r = TestRecords.t2021();
        r.figures.stream().filter(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).forEach(f -> f.value = n(17));
        r.parseNotes.add(note("FLATTENED_AMBIGUOUS", "section 三 row newReceived: the flattened digits have 2 readings", 3,
                TemplateKeys.TABLE_APPLICATIONS));
        assertThat(run(new TextApplicationsRule(), r)).isEmpty();
    }

    @Test
    void aTableTheParserCouldNotReadIsNotCompared() {
        ReportRecord r = TestRecords.t2021();
        r.figures.stream().filter(f -> f.key.equals(FigureKeys.APPLICATIONS_RECEIVED)).forEach(f -> f.value = n(17));
        r.applications.get("newReceived").set(6, null);
        assertThat(run(new TextApplicationsRule(), r)).isEmpty();   // a blank total is no count to compare with
    }

    @Test
    void noArithmeticOnCellsInDoubt() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("granted").set(0, null);                // unreadable, not blank
        r.parseNotes.add(note("CELL_UNREADABLE", "section 三 rows granted..partiallyGranted not found", 3,
                TemplateKeys.TABLE_APPLICATIONS));
        assertThat(run(new AppTotalRowRule(), r)).isEmpty();
        assertThat(run(new AppTotalColumnRule(), r)).isEmpty();
        assertThat(run(new AppBalanceRule(), r)).isEmpty();
        // without the note the null is a blank cell (0), and the rules fire
        r.parseNotes.clear();
        assertThat(run(new AppTotalRowRule(), r)).isNotEmpty();
        assertThat(run(new AppTotalColumnRule(), r)).isNotEmpty();
    }

    @Test
    void strayNumbersAndCertainReadingsLeaveTheCellsCertain() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("total").set(6, n(4));
        r.parseNotes.add(note("LAYOUT_IRREGULAR", "1 numbers in section 三 that belong to no row were ignored: · 4 ·", 3,
                TemplateKeys.TABLE_APPLICATIONS));
        r.parseNotes.add(note("LABELS_LOST", "section 三 rows deniedStateSecret..otherOther have no labels: all are 0, "
                + "so every reading gives 0", 3, TemplateKeys.TABLE_APPLICATIONS));
        assertThat(Doubt.of(r).isEmpty()).isTrue();
        assertThat(run(new AppBalanceRule(), r)).hasSize(1);       // a PDF's page number does not silence the table
    }

    @Test
    void doubtIsScopedToTheCellsRowsOrTableANoteNames() {
        ReportRecord r = TestRecords.t2021();
        ReportRecord.ParseNote cells = note("CELLS_IN_DOUBT", "two readings", 3, TemplateKeys.TABLE_APPLICATIONS);
        cells.candidates = List.of("applications.total.naturalPerson");
        r.parseNotes.add(cells);
        r.parseNotes.add(note("LAYOUT_IRREGULAR", "section 三 rows granted..partiallyGranted have no labels", 3,
                TemplateKeys.TABLE_APPLICATIONS));
        r.parseNotes.add(note("LAYOUT_IRREGULAR", "section 四: 14 numbers where 15 cells were expected", 4, null));
        Doubt d = Doubt.of(r);
        assertThat(d.cell(TemplateKeys.TABLE_APPLICATIONS, "total", "naturalPerson")).isTrue();
        assertThat(d.cell(TemplateKeys.TABLE_APPLICATIONS, "total", "total")).isFalse();
        assertThat(d.row(TemplateKeys.TABLE_APPLICATIONS, "granted")).isTrue();
        assertThat(d.row(TemplateKeys.TABLE_APPLICATIONS, "partiallyGranted")).isTrue();
        assertThat(d.row(TemplateKeys.TABLE_APPLICATIONS, "newReceived")).isFalse();
        assertThat(d.row(TemplateKeys.TABLE_REVIEW, "litigationDirect")).isTrue();
        assertThat(d.any(TemplateKeys.TABLE_ACTIVE)).isFalse();
    }

    // ------------------------------------------------------------------ SECTION_MISSING, PUBLISHED_LATE

    @Test
    void aHeadingGluedToTheTableOfAOneLinePageIsASection() {
        ReportRecord r = TestRecords.t2021();
        r.sections.removeIf(s -> s.number == 3);
        r.applications = null;
        TestRecords.replaceText(r, "三、收到和处理政府信息公开申请情况", "采购总金额215419886元三、收到和处理政府信息公开申请情况");
        r.text = r.text.replace("\n三、收到和处理", "采购总金额215419886元三、收到和处理");
        assertThat(run(new SectionMissingRule(), r)).isEmpty();
    }

    @Test
    void aReportOf2018IsNotHeldToThe2019Outline() {
        ReportRecord r = TestRecords.t2019();
        r.report.reportYear = 2018;
        r.sections.removeIf(s -> s.number == 5);
        TestRecords.replaceText(r, "五、存在的主要问题及改进情况", "");
        assertThat(run(new SectionMissingRule(), r)).isEmpty();
        r.report.reportYear = 2020;
        assertThat(run(new SectionMissingRule(), r)).hasSize(1);
    }

    @Test
    void aZoneGovernmentAndItsOfficeAreDueInMarch() {
        for (String agency : List.of("平潭综合实验区管委会", "平潭综合实验区管委会办公室", "西咸新区管委会", "经济技术开发区")) {
            ReportRecord r = TestRecords.t2021();
            r.report.agency = agency;
            r.report.agencyCanonical = null;
            r.report.agencyKind = "department";              // a resolver's guess does not beat the name
            r.report.publishedOn = "2023-03-01";
            TestRecords.replaceText(r, "发布时间：2023-01-20", "发布时间：2023-03-01");
            assertThat(run(new PublishedLateRule(), r)).as(agency).isEmpty();
            r.report.publishedOn = "2023-04-01";
            assertThat(run(new PublishedLateRule(), r)).as(agency).hasSize(1);
        }
        ReportRecord dept = TestRecords.t2021();
        dept.report.agency = "平潭综合实验区经济发展局";
        dept.report.agencyCanonical = null;
        dept.report.agencyKind = null;
        dept.report.publishedOn = "2023-03-01";
        assertThat(run(new PublishedLateRule(), dept)).hasSize(1);
        dept.report.agency = "平潭综合实验区";                  // the name says nothing of a department: no guess
        dept.report.agency = "某某";
        assertThat(run(new PublishedLateRule(), dept)).isEmpty();
    }
}
