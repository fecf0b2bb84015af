package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.nianbao.parse.domain.BlankColumnsTest.LABELS;
import static io.nianbao.parse.domain.BlankColumnsTest.NATURAL;
import static io.nianbao.parse.domain.BlankColumnsTest.ints;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts that real PDFs and their text conversions produce, each written by hand with the cells it must give:
 * header words wrapped inside their cells, a blank-column section 三 whose row labels were lost or moved away
 * (pdftotext's column order), a page number between the rows of a table split over pages, a row label wrapped
 * inside its cell.
 */
class TableLayoutRulesTest {

    private static final String HEADER = "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n";

    /** One cell per line; a blank cell leaves an empty line; values[i] under 自然人 and 总计 only. */
    private static String pairLine(int v) {
        return v + "\n\n\n\n\n\n" + v + "\n";
    }

    private static void assertBlankColumnRows(Map<String, List<BigDecimal>> table) {
        assertThat(table).isNotNull();
        List<String> rows = TemplateKeys.APPLICATION_ROWS_2021;
        for (int i = 0; i < rows.size(); i++) {
            assertThat(ints(table.get(rows.get(i)))).as(rows.get(i))
                    .isEqualTo(Arrays.asList(NATURAL[i], null, null, null, null, null, NATURAL[i]));
        }
    }

    @Test
    void headerWordsWrappedInsideTheirCellsStillNameThe2021Template() {
        String text = "二、主动公开政府信息情况\n\t第二十条第(一)项\n\t信息\n内容\n\t本年制发\n件数\n\t本年\n废止件数\n\t现行有效\n件数\n";
        assertThat(ReportParser.template(text, 2024)).isEqualTo(TemplateKeys.T2021);
        String t2019 = "信息内容\t本年新\n制作数量\t本年新公开数量";
        assertThat(ReportParser.template(t2019, 2019)).isEqualTo(TemplateKeys.T2019);
    }

    @Test
    void unlabelledRowsOfTwoEqualNumbersAreReadWithFiveBlankColumns() {
        // the outcome rows lost their labels (a grid printed without its first columns): 2 numbers a row
        StringBuilder text = new StringBuilder("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n").append(HEADER);
        text.append(LABELS.get(0)).append('\n').append(pairLine(NATURAL[0]));
        text.append(LABELS.get(1)).append('\n').append(pairLine(NATURAL[1]));
        text.append("三、本年度办理结果\n");
        for (int i = 2; i < 24; i++) {
            text.append(pairLine(NATURAL[i]));
        }
        text.append(LABELS.get(24)).append('\n').append(pairLine(NATURAL[24]));
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> table = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertBlankColumnRows(table);
        // read in template order without labels: the cells stay in doubt for validate (LABELS_LOST names the rows)
        assertThat(notes).anyMatch(n -> n.code.equals("LABELS_LOST") && n.message.contains("granted..total"));
    }

    @Test
    void pairsThatFollowARowBelongToTheRowsWhoseLabelsWereMovedAway() {
        // pdftotext put the labels of 三、本年度办理结果 （一） （二） after the table: their numbers follow 二、上年结转
        StringBuilder text = new StringBuilder(HEADER);
        text.append(LABELS.get(0)).append("\n").append(NATURAL[0]).append("\n\n").append(NATURAL[0]).append("\n\n");
        text.append(LABELS.get(1)).append("\n");
        for (int i = 1; i <= 3; i++) {
            text.append(NATURAL[i]).append("\n\n").append(NATURAL[i]).append("\n\n");
        }
        for (int i = 4; i < 25; i++) {
            String label = LABELS.get(i).replaceFirst("^（[三四五六七]）(\\S+) ", "");
            text.append(label).append("\n").append(NATURAL[i]).append("\n\n").append(NATURAL[i]).append("\n\n");
        }
        text.append("三、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开\n（二）部分公开（区分处理的，\n只计这一情形，不计其他情形）\n");
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> table = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertBlankColumnRows(table);
    }

    @Test
    void aPageNumberBetweenTheRowsOfASplitTableIsNoCell() {
        // section 二 of a PDF converted to text, as the normalizer hands it on (labels joined to their numbers)
        String text = "二、主动公开政府信息情况\n第二十条第(一)项\n\n信息内容本年制发件数本年废止件数现行有效件数\n\n"
                + "规章0           0           0\n\n行政规范性文件3           0           27\n\n第二十条第(五)项\n\n"
                + "信息内容本年处理决定数量\n\n行政许可3986\n\n第二十条第(六)项\n\n信息内容本年处理决定数量\n\n"
                + "行政处罚0\n\n\n-2-\n\n行政强制0\n\n第二十条第(八)项\n\n信息内容本年收费金额(单位:万元)\n\n"
                + "行政事业性收费1.2\n\n";
        List<ParseNote> notes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> table = TableReader.activeDisclosure(text, TemplateKeys.T2021, notes);
        assertThat(table.get("punishment").get("decisions")).isEqualByComparingTo("0");
        assertThat(table.get("coercion").get("decisions")).isEqualByComparingTo("0");
        assertThat(table.get("licensing").get("decisions")).isEqualByComparingTo("3986");
        assertThat(table.get("normativeDocuments").get("inForce")).isEqualByComparingTo("27");
        assertThat(table.get("fees").get("amount")).isEqualByComparingTo("1.2");
        assertThat(notes).noneMatch(n -> n.code.equals("LAYOUT_IRREGULAR"));
    }

    @Test
    void pageMarksAreWholeLinesOnly() {
        assertThat(TableReader.withoutPageMarks("行政处罚 0\n  - 3 -\n第4页 共9页\n—5—\n12\n-6\n"))
                .isEqualTo("行政处罚 0\n\n\n\n12\n-6\n");
    }

    @Test
    void aRowLabelWrappedInsideItsCellIsFoundByItsFirstLine() {
        // a PDF table converted to Markdown: group heading column, label column, numbers only under 自然人 and 总计;
        // the label of （六）1. is wrapped inside its cell, its second line a row of its own after the numbers
        StringBuilder text = new StringBuilder("| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < 25; i++) {
            String label = LABELS.get(i);
            String group = "";
            String cont = null;
            if (i == 20) {
                group = "（六）其他处理";
                label = "1.申请人无正当理由逾期不补";
                cont = "正、行政机关不再处理其政府信息公开申请";
            }
            text.append("| ").append(group).append(" | ").append(label).append(" | ").append(NATURAL[i])
                    .append(" |  |  |  |  |  | ").append(NATURAL[i]).append(" |\n");
            if (cont != null) {
                text.append("|  | ").append(cont).append(" |  |  |  |  |  |  |  |\n");
            }
        }
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> table = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertBlankColumnRows(table);
    }
    @Test
    void onlyTheChangeColumnCarriesASignWhenGluedDigitsAreCut() {
        // a crawled page: section 二 of the 2019 template on one line, the rows' cells run together
        String text = "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章000"
                + "规范性文件000第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可100其他对外管理服务事项"
                + "213第二十条第（六）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政处罚123-45行政强制195-551"
                + "第二十条第（八）项 信息内容 上一年项目数量 本年增/减 行政事业性收费00第二十条第（九）项 信息内容 采购项目数量"
                + " 采购总金额 政府集中采购00元 ";
        List<ParseNote> notes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> table = TableReader.activeDisclosure(text, TemplateKeys.T2019, notes);
        // 123-45: 1 23 -45 and 12 3 -45 make a count of decisions negative; 123 -4 5 is the one reading
        assertThat(table.get("punishment").get("previousCount")).isEqualByComparingTo("123");
        assertThat(table.get("punishment").get("change")).isEqualByComparingTo("-4");
        assertThat(table.get("punishment").get("decisions")).isEqualByComparingTo("5");
        // 195-551: still two readings; the count before the sign is certain, the rest stays empty with both cuts
        assertThat(table.get("coercion").get("previousCount")).isEqualByComparingTo("195");
        assertThat(table.get("coercion").get("change")).isNull();
        assertThat(table.get("coercion").get("decisions")).isNull();
        assertThat(notes).anyMatch(n -> n.code.equals("FLATTENED_AMBIGUOUS") && n.message.contains("coercion")
                && n.candidates.equals(List.of("195 -5 51", "195 -55 1")));
    }
}
