package io.nianbao.parse.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The section 三 column placer on lines of positioned words, shaped like the LibreOffice PDF of a DOCX table. */
class PdfColumnsTest {
    // x centres of the seven applicant columns: 自然人 … 总计
    static final float[] X = {200, 250, 300, 350, 400, 450, 500};

    static PdfColumns.Word w(String text, float centre, boolean afterGap) {
        return new PdfColumns.Word(text, centre - 10, centre + 10, afterGap);
    }

    static List<PdfColumns.Word> line(Object... wordsAndCentres) {
        List<PdfColumns.Word> out = new ArrayList<>();
        for (int i = 0; i < wordsAndCentres.length; i += 2) {
            out.add(w((String) wordsAndCentres[i], ((Number) wordsAndCentres[i + 1]).floatValue(), i > 0));
        }
        return out;
    }

    static PdfColumns withHeader() {
        PdfColumns c = new PdfColumns();
        c.line(line("三、收到和处理政府信息公开申请情况", 100));
        c.line(line("申请人情况", 350));
        c.line(line("（本列数据的勾稽关系为：第一项加第二项之和，等于", 60, "法人或其他组织", 350));
        // headings broken over lines, in any order of lines
        c.line(line("第三项加第四项之和）", 60, "自然人", X[0], "社会公益", X[3], "法律服务", X[4], "总计", X[6]));
        c.line(line("商业企业", X[1], "科研机构", X[2], "其他", X[5]));
        c.line(line("组织", X[3], "机构", X[4]));
        return c;
    }

    @Test
    void numbersOfARowWithBlankColumnsAreWrittenUnderTheirHeadings() {
        PdfColumns c = withHeader();
        assertThat(c.line(line("一、本年新收政府信息公开申请数量", 80, "26", X[0] + 3, "26", X[6] - 2)))
                .isEqualTo("一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26");
        // a number-only line (the row's label wrapped onto the lines around it)
        assertThat(c.line(line("0", X[0], "1", X[4], "1", X[6]))).isEqualTo("0\t\t\t\t1\t\t1");
        // a full row stays as the PDF gave it
        assertThat(c.line(line("二、上年结转政府信息公开申请数量", 80, "1", X[0], "2", X[1], "3", X[2], "4", X[3], "5", X[4], "6", X[5], "21", X[6])))
                .isEqualTo("二、上年结转政府信息公开申请数量\t1\t2\t3\t4\t5\t6\t21");
        // label-only lines are untouched
        assertThat(c.line(line("形，不计其他情形）", 80))).isEqualTo("形，不计其他情形）");
    }

    @Test
    void twoNumbersInOneColumnAreLeftToTheTableReader() {
        PdfColumns c = withHeader();
        assertThat(c.line(line("一、本年新收政府信息公开申请数量", 80, "2", X[0] - 5, "6", X[0] + 5)))
                .isEqualTo("一、本年新收政府信息公开申请数量\t2\t6");
    }

    @Test
    void theTableEndsAtTheCarriedForwardRowAndNothingIsPlacedAfterIt() {
        PdfColumns c = withHeader();
        c.line(line("一、本年新收政府信息公开申请数量", 80, "26", X[0], "26", X[6]));
        assertThat(c.line(line("四、结转下年度继续办理", 80, "0", X[0], "0", X[6]))).isEqualTo("四、结转下年度继续办理\t0\t\t\t\t\t\t0");
        assertThat(c.line(line("行政复议", 80, "1", X[0], "1", X[6]))).isEqualTo("行政复议\t1\t1");
    }

    @Test
    void withoutAllSevenHeadingsNothingChanges() {
        PdfColumns c = new PdfColumns();
        c.line(line("申请人情况", 350));
        c.line(line("自然人", X[0], "法人或其他组织", X[3], "总计", X[6]));
        assertThat(c.line(line("一、本年新收政府信息公开申请数量", 80, "26", X[0], "26", X[6])))
                .isEqualTo("一、本年新收政府信息公开申请数量\t26\t26");
    }
}
