package io.nianbao.parse.domain;

import io.nianbao.contract.ReportRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportShapeTest {
    static final ReportParser PARSER = new ReportParser();
    static final Path REAL = Path.of("..", "data", "real");

    @Test
    void aNewsArticleIsNotAReport() {
        ReportRecord rec = PARSER.parse("""
                市融媒体中心讯 12月1日上午，我市召开全市经济工作推进会，总结前三季度工作，部署第四季度任务。
                会议指出，今年以来全市上下攻坚克难，完成固定资产投资120亿元，新开工项目36个。
                会议要求，各地各部门要锚定目标，确保完成全年任务。""");
        assertThat(ReportShape.notAReport(rec)).contains("not a government information-disclosure annual report")
                .contains("0 of the six sections");
    }

    @Test
    void realReportsOfEveryGenerationAreReports() throws Exception {
        // a 2008-era narrative without tables, a crawled one-line page, a 2021-template report
        for (String f : new String[]{"crawled/003_26d78d44b29d2cd6.txt", "crawled/002_a8c5ccbb08d3ebcc.txt",
                "published/000_e68cb52c77f44b56.txt", "published/106_pingtan-office-2019.txt"}) {
            ReportRecord rec = PARSER.parse(Files.readString(REAL.resolve(f)));
            assertThat(ReportShape.notAReport(rec)).as(f).isNull();
        }
    }

    @Test
    void aReportWhoseTitleIsLostStillCountsByItsSections() {
        ReportRecord rec = PARSER.parse("""
                一、总体情况
                本机关认真落实条例。
                二、主动公开政府信息情况
                本年主动公开信息20条。
                三、收到和处理政府信息公开申请情况
                本年未收到申请。
                四、政府信息公开行政复议、行政诉讼情况
                未发生行政复议、行政诉讼。""");
        assertThat(ReportShape.notAReport(rec)).isNull();
    }
}
