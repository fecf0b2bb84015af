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

/**
 * Section 三 tables filled only under 自然人 and 总计 whose layout was lost, in the shapes of data/real's crawled
 * 104 (one line per row, the cells run together) and of a PDF converted to text (one cell per line).
 */
class BlankColumnsTest {
    static final List<String> LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密",
            "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供 1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理 1.信访举报投诉类申请", "2.重复申请",
            "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理");
    static final int[] NATURAL = {12, 1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 2};

    static List<Integer> ints(List<BigDecimal> row) {
        return row.stream().map(v -> v == null ? null : v.intValue()).toList();
    }

    static String header() {
        return "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n";
    }

    @Test
    void rowsOfTwoEqualNumbersGlueToAReadingWithFiveBlankColumns() {
        StringBuilder text = new StringBuilder(header());
        for (int i = 0; i < LABELS.size(); i++) {
            text.append(LABELS.get(i)).append(' ').append(NATURAL[i]).append(NATURAL[i]); // "1212": 12 and 12
        }
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> t = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertThat(ints(t.get("newReceived"))).isEqualTo(Arrays.asList(12, null, null, null, null, null, 12));
        assertThat(ints(t.get("unavailableNotHeld"))).isEqualTo(Arrays.asList(2, null, null, null, null, null, 2));
        assertThat(ints(t.get("total"))).isEqualTo(Arrays.asList(11, null, null, null, null, null, 11));
        assertThat(notes).extracting(n -> n.code).contains("BLANK_COLUMNS");
    }

    @Test
    void oneCellPerLineWithTheBlanksGoneReadsTheSame() {
        StringBuilder text = new StringBuilder(header().replace(' ', '\n'));
        for (int i = 0; i < LABELS.size(); i++) {
            text.append(LABELS.get(i)).append("\n\n").append(NATURAL[i]).append("\n\n").append(NATURAL[i]).append("\n\n");
        }
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> t = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertThat(ints(t.get("granted"))).isEqualTo(Arrays.asList(9, null, null, null, null, null, 9));
        assertThat(ints(t.get("carriedForward"))).isEqualTo(Arrays.asList(2, null, null, null, null, null, 2));
    }

    @Test
    void twoUnequalNumbersAreNotReadAsBlankColumns() {
        // 自然人 3, 总计 5: something stands in a legal-person column that the text lost; no reading invents it
        StringBuilder text = new StringBuilder(header());
        for (int i = 0; i < LABELS.size(); i++) {
            text.append(LABELS.get(i)).append(' ').append(i == 0 ? "3 5" : NATURAL[i] + " " + NATURAL[i]).append(' ');
        }
        List<ParseNote> notes = new ArrayList<>();
        Map<String, List<BigDecimal>> t = TableReader.applications(text.toString(), TemplateKeys.T2021, notes);
        assertThat(t.get("newReceived").get(0)).isNull();
        assertThat(ints(t.get("carriedOver"))).isEqualTo(Arrays.asList(1, null, null, null, null, null, 1));
    }
}
