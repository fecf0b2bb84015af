package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Filters, pagination, sorting, history, aggregates and exports over a small seeded set. */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class ApiTest {
    static String token;
    static String r1, r2, r3, r4, r5, r6;
    static String agency1;

    static synchronized void seed() {
        if (token != null) {
            return;
        }
        String t = "接口" + Long.toString(System.nanoTime() % 1_000_000_007L, 36);
        agency1 = t + "甲局";
        List<TestRecords.Builder> all = new ArrayList<>();
        all.add(TestRecords.report(agency1, 2021).region("341102").published("2022-01-10").finding("APP_BALANCE", "error"));
        all.add(TestRecords.report(t + "乙局", 2022).region("341103").published("2023-01-15").finding("TEXT_REVIEW", "warning"));
        all.add(TestRecords.report(t + "丙局", 2022).region("330502").published("2023-01-05").template("2019"));
        all.add(TestRecords.report(t + "丁局", 2023).region("511702").published("2024-01-20").applications("newReceived", 7));
        all.add(TestRecords.report(t + "戊局", 2023).region("511703").published("2024-01-10").applications("newReceived", 4)
                .title(t + "戊局2023年政府信息公开工作年度报告（特别关键词）"));
        all.add(TestRecords.report(agency1, 2022).region("341102").published("2023-01-25").applications("newReceived", 2));
        for (TestRecords.Builder b : all) {
            Broker.sendValidated(b);
        }
        r1 = all.get(0).build().documentId;
        r2 = all.get(1).build().documentId;
        r3 = all.get(2).build().documentId;
        r4 = all.get(3).build().documentId;
        r5 = all.get(4).build().documentId;
        r6 = all.get(5).build().documentId;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().queryParam("agency", t).get("/api/reports").jsonPath().getInt("total") == 6);
        token = t;
    }

    @Test
    void filtersPaginationAndSort() {
        seed();
        given().queryParam("agency", token).queryParam("size", 4).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(4)).body("page", equalTo(0)).body("size", equalTo(4));
        given().queryParam("agency", token).queryParam("size", 4).queryParam("page", 1).get("/api/reports").then()
                .body("items", hasSize(2)).body("page", equalTo(1));
        given().queryParam("agency", token).queryParam("sort", "year,-publishedOn").get("/api/reports").then()
                .body("items.documentId", contains(r1, r6, r2, r3, r4, r5));
        given().queryParam("agency", token).queryParam("sort", "-year,publishedOn").get("/api/reports").then()
                .body("items.documentId", contains(r5, r4, r3, r2, r6, r1));
        assertThat(ids(Map.of("agency", token, "regionCode", "3411"))).containsExactlyInAnyOrder(r1, r2, r6);
        // the region by name: the GB/T 2260 full name in each row, and the filter takes a name as well as a code
        given().queryParam("agency", token).queryParam("sort", "year,-publishedOn").get("/api/reports").then()
                .body("items.regionName", contains("安徽省 滁州市 琅琊区", "安徽省 滁州市 琅琊区", "安徽省 滁州市 南谯区",
                        "浙江省 湖州市 吴兴区", "四川省 达州市 通川区", "四川省 达州市 达川区"));
        assertThat(ids(Map.of("agency", token, "regionCode", "滁州市"))).containsExactlyInAnyOrder(r1, r2, r6);
        assertThat(ids(Map.of("agency", token, "regionCode", "安徽省 滁州市 琅琊区"))).containsExactlyInAnyOrder(r1, r6);
        assertThat(ids(Map.of("agency", token, "regionCode", "达州"))).containsExactlyInAnyOrder(r4, r5);
        assertThat(ids(Map.of("agency", token, "regionCode", "浙江省"))).containsExactly(r3);
        given().queryParam("regionCode", "无此地方").get("/api/reports").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(ids(Map.of("agency", token, "yearFrom", "2022", "yearTo", "2022"))).containsExactlyInAnyOrder(r2, r3, r6);
        assertThat(ids(Map.of("agency", token, "ruleId", "APP_BALANCE"))).containsExactly(r1);
        assertThat(ids(Map.of("agency", token, "severity", "warning"))).containsExactly(r2);
        assertThat(ids(Map.of("agency", token, "status", "clean"))).containsExactlyInAnyOrder(r3, r4, r5, r6);
        assertThat(ids(Map.of("agency", token, "template", "2019"))).containsExactly(r3);
        assertThat(ids(Map.of("agency", token, "q", "特别关键词"))).containsExactly(r5);
        assertThat(ids(Map.of("q", token + "戊局 特别关键词"))).containsExactly(r5);
        given().queryParam("size", 0).get("/api/reports").then().statusCode(400);
        given().queryParam("yearFrom", "abc").get("/api/reports").then().statusCode(400)
                .contentType("application/problem+json");
    }

    static List<String> ids(Map<String, String> params) {
        return given().queryParams(params).queryParam("size", 200).get("/api/reports").then().statusCode(200)
                .extract().jsonPath().getList("items.documentId", String.class);
    }

    @Test
    void agencyHistoryAggregatesAndRules() {
        seed();
        given().get("/api/agencies/" + agency1 + "/history").then().statusCode(200)
                .body("years.year", contains(2021, 2022))
                .body("years.documentId", contains(r1, r6))
                .body("years[1].applicationsReceived", equalTo(2))
                .body("years[0].status", equalTo("errors"))
                .body("years[0].findingsByRule.APP_BALANCE", equalTo(1));
        given().get("/api/agencies/无此机关/history").then().statusCode(404);

        given().queryParam("level", "province").queryParam("yearFrom", 2023).queryParam("yearTo", 2023)
                .get("/api/aggregates/applications").then().statusCode(200);
        List<Map<String, Object>> province = given().queryParam("level", "province").queryParam("yearFrom", 2023)
                .queryParam("yearTo", 2023).get("/api/aggregates/applications").jsonPath().getList("");
        assertThat(province).anySatisfy(m -> assertThat(m).containsEntry("region", "51").containsEntry("year", 2023)
                .containsEntry("newReceived", 11).containsEntry("reports", 2));
        List<Map<String, Object>> county = given().queryParam("level", "county").get("/api/aggregates/applications")
                .jsonPath().getList("");
        assertThat(county).anySatisfy(m -> assertThat(m).containsEntry("region", "511702").containsEntry("newReceived", 7));
        given().queryParam("level", "planet").get("/api/aggregates/applications").then().statusCode(400);

        List<Map<String, Object>> byRule = given().get("/api/aggregates/findings").jsonPath().getList("");
        assertThat(byRule).anySatisfy(m -> assertThat(m).containsEntry("ruleId", "APP_BALANCE").containsEntry("year", 2021));

        List<String> rules = given().get("/api/rules").jsonPath().getList("ruleId", String.class);
        assertThat(rules).contains("CARRY_OVER_MISMATCH", "IN_FORCE_DRIFT", "COPIED_TEXT", "DUPLICATE_REPORT",
                "APP_BALANCE", "TEXT_REVIEW");
    }

    @Test
    void csvAndXlsxExportsReadBack() throws Exception {
        seed();
        Response reportsCsv = given().queryParam("agency", token).queryParam("sort", "year,-publishedOn")
                .get("/api/exports/reports.csv");
        assertThat(reportsCsv.statusCode()).isEqualTo(200);
        assertThat(reportsCsv.contentType()).startsWith("text/csv");
        byte[] bytes = reportsCsv.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("documentId", "title", "agency");
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(1, 7)).extracting(r -> r.get(0)).containsExactly(r1, r6, r2, r3, r4, r5);
        int yearCol = rows.get(0).indexOf("reportYear");
        assertThat(rows.get(1).get(yearCol)).isEqualTo("2021");
        assertThat(rows.get(1).get(rows.get(0).indexOf("regionCode"))).isEqualTo("341102");
        assertThat(rows.get(1).get(rows.get(0).indexOf("regionName"))).isEqualTo("安徽省 滁州市 琅琊区");
        assertThat(rows.get(6).get(rows.get(0).indexOf("title"))).contains("特别关键词");

        List<List<String>> reportsXlsx = readXlsx(given().queryParam("agency", token).queryParam("sort", "year,-publishedOn")
                .get("/api/exports/reports.xlsx").asByteArray());
        assertThat(reportsXlsx).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(reportsXlsx.get(i).subList(0, 9)).as("row %d", i).isEqualTo(rows.get(i).subList(0, 9));
        }

        byte[] cellsBytes = given().queryParam("agency", token).get("/api/exports/cells.csv").asByteArray();
        List<List<String>> cells = parseCsv(new String(cellsBytes, 3, cellsBytes.length - 3, StandardCharsets.UTF_8));
        assertThat(cells.get(0)).containsExactly("documentId", "agency", "agencyCanonical", "reportYear", "section",
                "table", "row", "column", "value");
        // 7 section 二 cells + 4 rows x 7 section 三 cells + 5 section 四 cells per report
        assertThat(cells).hasSize(1 + 6 * 40);
        assertThat(cells).anySatisfy(c -> assertThat(c).containsExactly(r4, token + "丁局", token + "丁局", "2023", "3",
                "applications", "newReceived", "total", "7"));
        assertThat(cells).anySatisfy(c -> assertThat(c).containsExactly(r4, token + "丁局", token + "丁局", "2023", "2",
                "activeDisclosure", "fees", "amount", ""));
        List<List<String>> cellsXlsx = readXlsx(given().queryParam("agency", token).get("/api/exports/cells.xlsx").asByteArray());
        assertThat(cellsXlsx).hasSize(cells.size());
        assertThat(cellsXlsx).anySatisfy(c -> assertThat(c).containsExactly(r4, token + "丁局", token + "丁局", "2023", "3",
                "applications", "newReceived", "total", "7"));

        byte[] findingBytes = given().queryParam("agency", token).get("/api/exports/findings.csv").asByteArray();
        List<List<String>> findings = parseCsv(new String(findingBytes, 3, findingBytes.length - 3, StandardCharsets.UTF_8));
        assertThat(findings).hasSize(3);
        int rule = findings.get(0).indexOf("ruleId");
        assertThat(findings.subList(1, 3)).extracting(r -> r.get(rule)).containsExactly("APP_BALANCE", "TEXT_REVIEW");
        int cellsCol = findings.get(0).indexOf("cells");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(findings.get(1).get(cellsCol)).get(0).get("row").asText())
                .isEqualTo("total");
        List<List<String>> findingsXlsx = readXlsx(given().queryParam("agency", token).get("/api/exports/findings.xlsx").asByteArray());
        assertThat(findingsXlsx).isEqualTo(findings);

        given().get("/api/exports/secrets.csv").then().statusCode(404);
        given().get("/api/exports/reports.pdf").then().statusCode(404);
    }

    /** RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        assertThat(f.length()).isZero();
        assertThat(row).isEmpty();
        return rows;
    }

    /** Reads the first sheet as strings, numbers written plain (7.0 -> "7"), empty cells as "". */
    static List<List<String>> readXlsx(byte[] bytes) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    Cell c = row.getCell(i);
                    if (c == null) {
                        values.add("");
                    } else if (c.getCellType() == CellType.NUMERIC) {
                        values.add(new java.math.BigDecimal(String.valueOf(c.getNumericCellValue())).stripTrailingZeros().toPlainString());
                    } else if (c.getCellType() == CellType.BOOLEAN) {
                        values.add(String.valueOf(c.getBooleanCellValue()));
                    } else {
                        values.add(new DataFormatter().formatCellValue(c));
                    }
                }
                out.add(values);
            }
        }
        return out;
    }
}
