package io.nianbao.template;

import io.nianbao.contract.TemplateKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The labels the template prints, as messages and span lookups use them. */
class RowsLabelsTest {

    @Test
    void printedRowLabelsInEveryNumberingForm() {
        assertThat(Rows.printedApplicationLabels("total")).contains("（七）总计", "(七)总计");
        assertThat(Rows.printedApplicationLabels("deniedStateSecret")).contains("1.属于国家秘密", "1、属于国家秘密");
        assertThat(Rows.printedApplicationLabels("newReceived")).containsExactly("一、本年新收政府信息公开申请数量");
        assertThat(Rows.printedApplicationLabels("nope")).isEmpty();
    }

    @Test
    void messageLabels() {
        assertThat(Rows.applicationLabel("deniedStateSecret")).isEqualTo("（三）1.属于国家秘密");
        assertThat(Rows.applicationLabel("total")).isEqualTo("（七）总计");
        assertThat(Rows.reviewGroupLabel("litigationAfterReview")).isEqualTo("行政诉讼（复议后起诉）");
        assertThat(Rows.reviewColumnLabel("pending")).isEqualTo("尚未审结");
        assertThat(Rows.activeColumnLabel("inForce")).isEqualTo("现行有效件数");
        assertThat(Rows.activeColumnLabel("unknown")).isEqualTo("unknown");
        assertThat(Rows.applicantColumnLabel(6)).isEqualTo("总计");
    }

    @Test
    void theTwoGenerationsPrintTheNormativeDocumentsRowDifferently() {
        assertThat(Rows.activeLabel("normativeDocuments", TemplateKeys.T2021)).isEqualTo("行政规范性文件");
        assertThat(Rows.activeLabel("normativeDocuments", TemplateKeys.T2019)).isEqualTo("规范性文件");
        assertThat(Rows.activeLabel("licensing", TemplateKeys.T2019)).isEqualTo("行政许可");
        assertThat(Rows.active("normativeDocuments").anchor().matcher("规范性文件").find()).isTrue();
    }
}
