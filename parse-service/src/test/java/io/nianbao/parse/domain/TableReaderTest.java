package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts of the three tables, built from a known table so that every cell has a known answer. */
class TableReaderTest {

    static final List<String> ROWS = TemplateKeys.APPLICATION_ROWS_2021;
    static final String[] LABELS = {
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果\t(一)予以公开",
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(三)不予公开\t1.属于国家秘密", "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
            "8.属于行政查询事项", "(四)无法提供\t1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "(五)不予处理\t1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "(六)其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "(七)总计", "四、结转下年度继续办理"};
    static final String HEADER = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况\n"
            + "\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n";

    /** A consistent 2021 table: 64 received (62 natural persons, 2 companies), 6 carried over, 4 carried forward. */
    static long[][] table() {
        long[][] t = new long[ROWS.size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = new long[7];
        }
        t[0] = new long[]{62, 2, 0, 0, 0, 0, 64};
        t[1] = new long[]{5, 1, 0, 0, 0, 0, 6};
        t[2] = new long[]{40, 1, 0, 0, 0, 0, 41};
        t[3] = new long[]{10, 0, 0, 0, 0, 0, 10};
        t[12] = new long[]{9, 2, 0, 0, 0, 0, 11};
        t[15] = new long[]{4, 0, 0, 0, 0, 0, 4};
        t[23] = new long[]{63, 3, 0, 0, 0, 0, 66};
        t[24] = new long[]{4, 0, 0, 0, 0, 0, 4};
        return t;
    }

    static String row(long[] v, String sep) {
        StringBuilder b = new StringBuilder();
        for (long x : v) {
            b.append(sep).append(x);
        }
        return b.toString();
    }

    static void assertTable(Map<String, List<BigDecimal>> got, long[][] want) {
        assertThat(got).isNotNull();
        for (int i = 0; i < ROWS.size(); i++) {
            List<BigDecimal> r = got.get(ROWS.get(i));
            assertThat(r).as(ROWS.get(i)).hasSize(7);
            for (int c = 0; c < 7; c++) {
                assertThat(r.get(c)).as(ROWS.get(i) + "[" + c + "] in " + got).isNotNull();
                assertThat(r.get(c).longValue()).as(ROWS.get(i) + "[" + c + "]").isEqualTo(want[i][c]);
            }
        }
    }

    @Test
    void tabSeparatedRows() {
        long[][] t = table();
        StringBuilder s = new StringBuilder("三、收到和处理政府信息公开申请情况\n").append(HEADER);
        for (int i = 0; i < t.length; i++) {
            s.append(LABELS[i]).append(row(t[i], "\t")).append('\n');
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).isEmpty();
    }

    @Test
    void oneCellPerLineWithStrayEmptyCellAndRealEmptyCell() {
        long[][] t = table();
        StringBuilder s = new StringBuilder(HEADER.replace('\t', '\n'));
        for (int i = 0; i < t.length; i++) {
            s.append(LABELS[i].replace('\t', '\n')).append("\n\n");
            for (int c = 0; c < 7; c++) {
                s.append(t[i][c]).append("\n\n");
                if (i == 20 && c == 5) {
                    s.append(" \n\n"); // a stray empty cell (NBSP) between the sixth and seventh number
                }
            }
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).isEmpty();

        // a cell left empty in the report is null, not 0
        String withEmpty = s.toString().replace("二、上年结转政府信息公开申请数量\n\n5\n\n", "二、上年结转政府信息公开申请数量\n\n \n\n");
        Map<String, List<BigDecimal>> got = TableReader.applications(withEmpty, "2021", new ArrayList<>());
        assertThat(got.get("carriedOver").get(0)).isNull();
        assertThat(got.get("carriedOver").get(6)).isEqualByComparingTo("6");
    }

    @Test
    void markdownPipesSplitOverTwoPagesWithShiftedColumns() {
        long[][] t = table();
        StringBuilder s = new StringBuilder("| (本列数据的勾稽关系为...) |  | 申请人情况 |  |  |  |  |  | 总计 |   |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|\n");
        s.append("|  |  | 自然人 | 法人或其他组织 |  |  |  |  |  |  |\n");
        s.append("|  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |  |\n");
        for (int i = 0; i < t.length; i++) {
            String[] label = LABELS[i].split("\t");
            boolean shifted = i >= 4 && i <= 11; // 不予公开 rows shifted one column right
            if (shifted) {
                s.append("|  | ").append(label.length == 2 ? label[0] : "").append(" | ")
                        .append(label.length == 2 ? label[1] : label[0]).append(row(t[i], " | ")).append(" |\n");
            } else {
                s.append("| ").append(label[0]).append(" | ").append(label.length == 2 ? label[1] : "")
                        .append(row(t[i], " | ")).append(" |  |\n");
            }
            if (i == 13) { // page break: a new table with an empty header row
                s.append("\n|   |  |   |   |   |   |   |   |   |   |\n|---|---|---|---|---|---|---|---|---|---|\n");
            }
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).extracting(n -> n.message).isEmpty();
    }

    @Test
    void labelLessGridIsReadInTemplateOrderWithANote() {
        long[][] t = table();
        StringBuilder s = new StringBuilder(HEADER);
        for (long[] r : t) {
            for (long v : r) {
                s.append(v).append('\n');
            }
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).extracting(n -> n.code).containsExactly("LABELS_LOST");
        assertThat(notes.get(0).section).isEqualTo(3);
        assertThat(notes.get(0).table).isEqualTo("applications");
    }

    @Test
    void labelLessGridWithOneExtraMergedCellPerRowUsesTheWindowThatAddsUp() {
        long[][] t = table();
        StringBuilder s = new StringBuilder(HEADER);
        for (long[] r : t) {
            s.append("1\n"); // a duplicated merged cell at the start of every row
            for (long v : r) {
                s.append(v).append('\n');
            }
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).extracting(n -> n.code).containsExactly("LABELS_LOST");
        assertThat(notes.get(0).message).contains("starts at cell 2");
    }

    @Test
    void labelLessGridThatCannotBeAlignedIsLeftEmpty() {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i < 180; i++) {
            s.append(i % 5).append('\n');
        }
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> got = TableReader.applications(s.toString(), "2021", notes);
        assertThat(got.get("granted")).containsOnlyNulls();
        assertThat(notes).extracting(n -> n.code).contains("LAYOUT_IRREGULAR");
    }

    @Test
    void partlyLabelledRowsAllZeroWithSurplusCells() {
        // as in sample 000: the outcome rows lost their labels and have more cells than the template
        StringBuilder s = new StringBuilder(HEADER);
        s.append(LABELS[0]).append(row(new long[7], "\n")).append('\n');
        s.append(LABELS[1]).append(row(new long[7], "\n")).append('\n');
        s.append("三、本年度办理结果\n");
        for (int i = 0; i < 23 * 7 + 20; i++) {
            s.append("0\n");
        }
        s.append(LABELS[24]).append(row(new long[7], "\n")).append('\n');
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> got = TableReader.applications(s.toString(), "2021", notes);
        for (String r : ROWS) {
            assertThat(got.get(r)).as(r).hasSize(7).allMatch(v -> v != null && v.signum() == 0);
        }
        assertThat(notes).extracting(n -> n.code).containsExactly("LABELS_LOST");
        assertThat(notes.get(0).message).contains("181 numbers").contains("154 cells");
    }

    @Test
    void flattenedRowsAreSplitWithTheTablesOwnSums() {
        long[][] t = table();
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i < t.length; i++) {
            StringBuilder digits = new StringBuilder();
            for (long v : t[i]) {
                digits.append(v);
            }
            s.append(LABELS[i].replace('\t', ' ')).append('\n').append(digits).append('\n');
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).isEmpty();
    }

    @Test
    void ambiguousFlattenedRowIsSettledByTheBalanceOrNoted() {
        long[][] t = table();
        t[0] = new long[]{11, 0, 0, 0, 0, 1, 12}; // "110000112" also reads 1 10 0 0 0 1 12
        t[1] = new long[7];
        t[2] = new long[]{7, 0, 0, 0, 0, 1, 8};
        t[3] = new long[]{4, 0, 0, 0, 0, 0, 4};
        t[12] = new long[7];
        t[15] = new long[7];
        t[23] = new long[]{11, 0, 0, 0, 0, 1, 12};
        t[24] = new long[7];
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i < t.length; i++) {
            s.append(LABELS[i]).append('\t').append(i == 0 ? "110000112" : row(t[i], "\t").substring(1)).append('\n');
        }
        List<ParseNote> notes = new ArrayList<>();
        assertTable(TableReader.applications(s.toString(), "2021", notes), t);
        assertThat(notes).isEmpty();

        // without 结转下年度 the balance cannot decide: the cells that differ stay empty, with a note
        String noForward = s.toString().replaceAll("四、结转下年度继续办理[^\\n]*\\n", "");
        notes.clear();
        Map<String, List<BigDecimal>> got = TableReader.applications(noForward, "2021", notes);
        assertThat(got.get("newReceived").subList(0, 2)).containsOnlyNulls();
        assertThat(got.get("newReceived").subList(2, 7)).extracting(BigDecimal::intValue).containsExactly(0, 0, 0, 1, 12);
        ParseNote note = notes.stream().filter(n -> n.code.equals("FLATTENED_AMBIGUOUS")).findFirst().orElseThrow();
        assertThat(note.candidates).contains("11 0 0 0 0 1 12", "1 10 0 0 0 1 12");
        assertThat(note.section).isEqualTo(3);
    }

    @Test
    void activeDisclosure2019WithLabelsSplitAcrossLinesAndMoneyUnit() {
        String s = "二、主动公开政府信息情况\n\t第二十条第(一)项\n\n\t信息内容\n\t本年新\n制作数量\n\t本年新\n公开数量\n\t对外公开总数量\n\n"
                + "\t规章\n\t0\n\t0\n\t0\n\n\t规范性文件\n\t3\n\t2\n\t17\n\n\t第二十条第(五)项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
                + "\t行政许可\n\t12\n\t-2\n\t340\n\n\t其他对外管理服务事项\n\t8\n\t0\n\t4\n\n"
                + "\t行政处罚\n\t9\n\t0\n\t\n\n\t行政强制\n\t0\n\t0\n\t0\n\n"
                + "\t行政事业性收费\n\t1\n\t0\n\n\t第二十条第(九)项\n\t信息内容\n\t采购项目数量\n\t采购总金额\n\n\t政府集中采购\n\t2\n\t251000元\n";
        List<ParseNote> notes = new ArrayList<>();
        var got = TableReader.activeDisclosure(s, "2019", notes);
        assertThat(got.get("normativeDocuments")).containsEntry("newlyMade", new BigDecimal("3"))
                .containsEntry("newlyPublished", new BigDecimal("2")).containsEntry("totalPublished", new BigDecimal("17"));
        assertThat(got.get("licensing").get("change")).isEqualByComparingTo("-2");
        assertThat(got.get("otherServices").get("decisions")).isEqualByComparingTo("4");
        assertThat(got.get("punishment").get("decisions")).isNull(); // empty cell
        assertThat(got.get("fees")).containsOnlyKeys("previousCount", "change");
        assertThat(got.get("procurement").get("totalAmount")).isEqualByComparingTo("25.1"); // 万元
        assertThat(notes).extracting(n -> n.code).containsExactly("UNIT_CONVERTED");
    }

    @Test
    void reviewTableAsFlattenedDigits() {
        String s = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                + "100010000000000\n";
        List<ParseNote> notes = new ArrayList<>();
        var got = TableReader.reviewLitigation(s, notes);
        assertThat(got.get("review")).containsEntry("upheld", new BigDecimal("1")).containsEntry("total", new BigDecimal("1"));
        assertThat(got.get("litigationAfterReview").get("total")).isEqualByComparingTo("0");
        assertThat(notes).isEmpty();
        assertThat(TableReader.reviewLitigation("四、复议诉讼情况\n本年度未发生行政复议。", notes)).isNull();
    }

    @Test
    void reviewRowWithTooFewNumbersIsUnreadableNotInvented() {
        List<ParseNote> notes = new ArrayList<>();
        var got = TableReader.reviewLitigation("行政复议\n1\n2\n3\n", notes);
        assertThat(got.values()).allSatisfy(g -> assertThat(g.values()).containsOnlyNulls());
        assertThat(notes).extracting(n -> n.code).containsExactly("LAYOUT_IRREGULAR");
        assertThat(Arrays.asList(notes.get(0).message)).isNotEmpty();
    }
}
