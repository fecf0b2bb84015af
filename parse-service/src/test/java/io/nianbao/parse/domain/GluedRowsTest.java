package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.ParseNote;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Rows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables whose layout was lost, in the shapes real crawled pages have (../shared/corpus 106, 108, 110). */
class GluedRowsTest {

    static List<Integer> ints(List<BigDecimal> row) {
        return row.stream().map(v -> v == null ? null : v.intValue()).toList();
    }

    @Test
    void theNextRowsNumberingIsCutFromTheDigitsItIsGluedTo() {
        List<ParseNote> notes = new ArrayList<>();
        String text = "申请人情况 自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                + "一、本年新收政府信息公开申请数量 210000021二、上年结转政府信息公开申请数量 0000000三、本年度办理结果 "
                + "（一）予以公开 6000006（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0000000（三）不予公开 "
                + "1.属于国家秘密00000002.其他法律行政止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益0000000"
                + "5.属于三类内部事务信息00000006.属于四类过程性信息10000017.属于行政执法案卷00000008.属于行政查询事项0000000"
                + "（四）无法提供 1.本机关不掌握相关政府信息1400000142.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
                + "（五）不予处理 1.信访举报投诉类申请 00000002.重复申请 00000003.要求提供公开出版物 00000004.无正当理由大量反复申请 0000000"
                + "5.要求行政机关确认或重新出具已获取信息 0000000（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
                + "00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 00000003.其他 0000000"
                + "（七）总计 210000021四、结转下年度继续办理 0000000";
        Map<String, List<BigDecimal>> t = TableReader.applications(text, TemplateKeys.T2021, notes);
        assertThat(ints(t.get("newReceived"))).containsExactly(21, 0, 0, 0, 0, 0, 21);
        assertThat(ints(t.get("deniedProhibitedByLaw"))).containsExactly(0, 0, 0, 0, 0, 0, 0); // label with a typo
        assertThat(ints(t.get("deniedProcessInfo"))).containsExactly(1, 0, 0, 0, 0, 0, 1); // "10000017." -> 1…1 + "7."
        assertThat(ints(t.get("unavailableNotHeld"))).containsExactly(14, 0, 0, 0, 0, 0, 14);
        assertThat(ints(t.get("otherOther"))).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(ints(t.get("total"))).containsExactly(21, 0, 0, 0, 0, 0, 21);
        assertThat(notes).extracting(n -> n.code).contains("LAYOUT_GLUED");
    }

    @Test
    void aDigitStringThatCutsOneWayIsKeptEvenWhenItsTotalDoesNotAddUp() {
        // 1+0+0+0+0+0 printed with 总计 0: seven digits, seven cells, one reading; the inconsistency is a finding
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> t = TableReader.applications(
                "一、本年新收政府信息公开申请数量 1000000二、上年结转政府信息公开申请数量 0000000（七）总计 1000001四、结转下年度继续办理 0000000",
                TemplateKeys.T2021, notes);
        assertThat(ints(t.get("newReceived"))).containsExactly(1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aDigitStringWithSeveralReadingsIsLeftInDoubt() {
        List<ParseNote> notes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> t = TableReader.activeDisclosure(
                "规章000行政规范性文件2159165第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项行政处罚0行政强制0"
                        + "行政事业性收费0", TemplateKeys.T2021, notes, "");
        assertThat(t.get("regulations").values()).allMatch(v -> v != null && v.signum() == 0);
        assertThat(t.get("normativeDocuments").values()).containsOnlyNulls();
        assertThat(notes).anyMatch(n -> n.message.contains("normativeDocuments") && n.candidates != null
                && n.candidates.size() > 1);
    }

    @Test
    void theOneReadingTheTextStatesIsTaken() {
        List<ParseNote> notes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> t = TableReader.activeDisclosure("规章000规范性文件000政府集中采购215419886元",
                TemplateKeys.T2019, notes, "今年共发布采购信息21条共5419886元。");
        assertThat(t.get("procurement").get("projects")).isEqualByComparingTo("21");
        assertThat(notes).extracting(n -> n.code).contains("TEXT_CONFIRMED");
    }

    @Test
    void signedChangeCellsInsideDigitRuns() {
        List<ParseNote> notes = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> t = TableReader.activeDisclosure(
                "规章000规范性文件000行政许可12-35其他对外管理服务事项0-375", TemplateKeys.T2019, notes, "");
        // "0" "-375": the minus starts the 本年增/减 cell; 0 | -3 | 75 and 0 | -37 | 5 both fit: in doubt
        assertThat(t.get("otherServices").get("previousCount")).isEqualByComparingTo("0");
        assertThat(t.get("otherServices").get("change")).isNull();
        // "12" "-35": 1 | 2 | -35 would make the count of decisions negative; only 本年增/减 carries a sign, so
        // 12 | -3 | 5 is the one reading
        assertThat(t.get("licensing").get("previousCount")).isEqualByComparingTo("12");
        assertThat(t.get("licensing").get("change")).isEqualByComparingTo("-3");
        assertThat(t.get("licensing").get("decisions")).isEqualByComparingTo("5");
        assertThat(notes).noneMatch(n -> n.message.contains("licensing"));
    }

    @Test
    void aMixedGenerationTablePrintsOtherHandlingAsOneRow() {
        List<ParseNote> notes = new ArrayList<>();
        StringBuilder b = new StringBuilder("一、本年新收政府信息公开申请数量 3000003二、上年结转政府信息公开申请数量 0000000（一）予以公开 2000002");
        for (Rows.Row r : Rows.applicationRows(TemplateKeys.T2019)) {
            if (List.of("newReceived", "carriedOver", "granted", "otherHandling", "total", "carriedForward").contains(r.key())) {
                continue;
            }
            b.append(r.numbering()).append(r.label()).append("0000000");
        }
        b.append("（六）其他处理 1000001（七）总计 3000003四、结转下年度继续办理 0000000");
        Map<String, List<BigDecimal>> t = TableReader.applications(b.toString(), TemplateKeys.T2021, notes);
        assertThat(ints(t.get("otherHandling"))).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t).doesNotContainKey("otherNoCorrection");
        assertThat(notes).extracting(n -> n.code).contains("MIXED_TEMPLATE");
    }

    @Test
    void aZoneResolvesToTheCountyItAdministers() {
        ReportRecord r = new ReportParser().parse("标题: 平潭综合实验区经济发展局2022年度政府信息公开工作年度报告\n发布时间: 2023-01-05 09:55\n正文");
        assertThat(r.report.title).isEqualTo("平潭综合实验区经济发展局2022年度政府信息公开工作年度报告");
        assertThat(r.report.regionCode).isEqualTo("350128");
        assertThat(r.report.agencyKind).isEqualTo("department");
        assertThat(r.parserVersion).matches("parse-\\d+\\+[0-9a-f]{10,}");
    }
}
