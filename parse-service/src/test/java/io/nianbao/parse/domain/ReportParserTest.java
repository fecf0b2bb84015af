package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportParserTest {
    static final ReportParser PARSER = new ReportParser();

    @Test
    void era2008ReportHasNoTablesEvenWithNumbers() {
        String t = "某某县民政局2015年政府信息公开工作年度报告\n一、概述\n2015年,我局认真贯彻条例。\n"
                + "二、主动公开政府信息情况\n全年主动公开政府信息35条。\n三、依申请公开政府信息情况\n全年共受理申请2件,均已答复。\n"
                + "四、政府信息公开的收费及减免情况\n未收取任何费用。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n0 0 0\n"
                + "六、政府信息公开工作存在的主要问题及改进情况\n问题。\n";
        ReportRecord r = PARSER.parse(t);
        assertThat(r.report.template).isEqualTo(TemplateKeys.T2008);
        assertThat(r.report.reportYear).isEqualTo(2015);
        assertThat(r.activeDisclosure).isNull();
        assertThat(r.applications).isNull();
        assertThat(r.reviewLitigation).isNull();
        assertThat(r.narrative).containsEntry("activeDisclosedCount", new java.math.BigDecimal("35"))
                .containsEntry("applicationsReceived", new java.math.BigDecimal("2"));
        assertThat(r.sections).extracting(s -> s.number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void recognisesTemplatesByTheirColumns() {
        assertThat(ReportParser.template("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", 2022)).isEqualTo("2021");
        assertThat(ReportParser.template("信息内容\t本年新制作数量\t本年新公开数量", 2020)).isEqualTo("2019");
        assertThat(ReportParser.template("一、概述", 2023)).isEqualTo("2008");
        assertThat(ReportParser.template("一、总体情况", 2023)).isEqualTo("unknown");
        assertThat(ReportParser.template("一、总体情况", 2017)).isEqualTo("2008");
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String odd : new String[]{null, "", "\n\n\t\t", "|||\n|---|\n", "一、\n二、\n三、\n四、\n", "三、收到和处理政府信息公开申请情况\n本年制发件数\n"
                + "9".repeat(5000), "号(hào)(hào)??\u00a0\u3000", "二、主动公开\n规章\n99999999999999999999999\n"}) {
            ReportRecord r = PARSER.parse(odd);
            assertThat(r).isNotNull();
            assertThat(r.parserVersion).isEqualTo(ReportParser.VERSION);
            assertThat(r.text).isNotNull();
        }
    }

    @Test
    void spansReferToTheNormalizedText() {
        String t = "琅琊区人社局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息１２条，收到政府信息公开申请２件。\n"
                + "二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n";
        ReportRecord r = PARSER.parse(t);
        assertThat(r.narrative).containsEntry("activeDisclosedCount", new java.math.BigDecimal("12"))
                .containsEntry("applicationsReceived", new java.math.BigDecimal("2"));
        for (ReportRecord.StatedFigure f : r.figures) {
            assertThat(r.text.substring(f.start, f.end)).isEqualTo(f.quote);
            assertThat(f.section).isEqualTo(1);
        }
        for (ReportRecord.Section s : r.sections) {
            assertThat(r.text.substring(s.start, s.end)).isEqualTo(s.text);
        }
        assertThat(r.report.regionCode).isEqualTo("341102");
        assertThat(r.activeDisclosure.get("regulations")).containsEntry("inForce", java.math.BigDecimal.ZERO);
    }

    @Test
    void tableWhoseSectionHeadingIsMissingIsStillRead() {
        StringBuilder t = new StringBuilder("某县民政局2022年政府信息公开工作年度报告\n一、总体情况\n文。\n二、主动公开政府信息情况\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n");
        long[][] table = TableReaderTest.table();
        for (int i = 0; i < table.length; i++) {
            t.append(TableReaderTest.LABELS[i]).append(TableReaderTest.row(table[i], "\t")).append('\n');
        }
        t.append("四、政府信息公开行政复议、行政诉讼情况\n").append("0\t".repeat(14)).append("0\n五、存在的主要问题及改进情况\n无。\n");
        ReportRecord r = PARSER.parse(t.toString());
        assertThat(r.sections).extracting(s -> s.number).doesNotContain(3);
        TableReaderTest.assertTable(r.applications, table);
        assertThat(r.activeDisclosure.get("regulations")).containsEntry("made", java.math.BigDecimal.ZERO);
        assertThat(r.parseNotes).extracting(n -> n.code).contains("SECTION_HEADING_MISSING");
        assertThat(r.reviewLitigation.get("review").get("total")).isEqualByComparingTo("0");
    }

    @Test
    void statedPeriodWithoutTheSecondYear() {
        ReportRecord r = PARSER.parse("某县民政局2022年政府信息公开工作年度报告\n本报告数据统计期限为2022年1月1日至12月31日。\n一、总体情况\n");
        assertThat(r.report.statedPeriod).isEqualTo("2022年1月1日至12月31日");
    }

    @Test
    void unresolvedAgencyIsNoted() {
        ReportRecord r = PARSER.parse("鼓楼区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n文。\n");
        assertThat(r.report.regionCode).isNull();
        assertThat(r.report.agency).isEqualTo("鼓楼区人民政府");
        assertThat(r.report.agencyKind).isEqualTo("government");
        assertThat(r.parseNotes).extracting(n -> n.code).contains("AGENCY_UNRESOLVED");
    }
}
