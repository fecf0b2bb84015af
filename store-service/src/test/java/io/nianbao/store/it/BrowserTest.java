package io.nianbao.store.it;

import io.nianbao.contract.ReportRecord;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real browser: Debian's chromium (headless) driven by Selenium through chromedriver, against the
 * store with its real PostgreSQL and Kafka, holding the five real sample reports of data/samples (their own text
 * and ids, the tables of their truth files) and two later documents of one of their agencies (2022, a re-upload
 * of it), whose carried-over row does not match the 2021 sample: the store's CARRY_OVER_MISMATCH names that
 * cell. Screenshots of every step go to target/screenshots/. Without chromium or chromedriver the test fails
 * (deploy/local/install-prereqs.sh installs them); it never skips.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NIANBAO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("NIANBAO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();
    static final String CELL = "cell-applications-carriedOver-total";

    @TestHTTPResource("/")
    URL base;

    static WebDriver driver;
    static Path profile;
    static int shot;

    /** The samples by file name, the 琅琊 2021 sample and its 2022 documents. */
    static final Map<String, ReportRecord> samples = new HashMap<>();
    static ReportRecord y2021;
    static ReportRecord y2022;
    static ReportRecord y2022copy;
    static String agency;
    static ReportRecord breakdown;
    static String breakdownRule;
    static final Path REAL_FINDINGS = Stream.of(Path.of("../validate-service/src/test/resources/real-findings"),
            Path.of("validate-service/src/test/resources/real-findings")).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../validate-service/src/test/resources/real-findings"));

    @BeforeAll
    static void browser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the browser test needs Debian's chromium at %s (run deploy/local/install-prereqs.sh, or "
                        + "apt-get install -y chromium chromium-driver; NIANBAO_CHROMIUM names another binary)", CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("the browser test needs chromedriver at %s (run deploy/local/install-prereqs.sh, or "
                        + "apt-get install -y chromium-driver; NIANBAO_CHROMEDRIVER names another binary)", CHROMEDRIVER)
                .isTrue();
        deleteTree(SCREENSHOTS);
        Files.createDirectories(SCREENSHOTS);
        deleteTree(DOWNLOADS);
        Files.createDirectories(DOWNLOADS);
        profile = Files.createTempDirectory("nianbao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            deleteTree(profile);
        }
    }

    static synchronized void seed() {
        if (agency != null) {
            return;
        }
        for (Path f : SampleRecords.files()) {
            ReportRecord r = SampleRecords.record(f);
            samples.put(f.getFileName().toString(), r);
        }
        assertThat(samples).as("samples in %s", SampleRecords.DIR.toAbsolutePath()).hasSize(5);
        // sample 001: the finding validate-service must fire on it (validate-service's real-findings file), at the
        // sentence it is about: the categories after 其中包括 (they add up to 405, not the 489 stated)
        breakdown = samples.get("001_27f8d99802f30b11.txt");
        JsonPath known = JsonPath.from(readString(REAL_FINDINGS.resolve("001_27f8d99802f30b11.json")));
        breakdownRule = known.getString("mustFire[0]");
        assertThat(breakdownRule).isEqualTo("TEXT_BREAKDOWN");
        ReportRecord.Finding tb = new ReportRecord.Finding();
        tb.ruleId = breakdownRule;
        tb.severity = "warning";
        tb.section = 1;
        tb.spanStart = breakdown.text.indexOf("其中包括：");
        tb.spanEnd = breakdown.text.indexOf("。", tb.spanStart) + 1;
        assertThat(tb.spanStart).isPositive();
        tb.messageZh = known.getString("why." + breakdownRule);
        tb.messageEn = "the parts of a stated figure do not add up to it";
        tb.origin = "validate-service";
        breakdown.findings.add(tb);
        breakdown.summary.warnings = 1;
        breakdown.summary.status = "warnings";
        y2021 = samples.get("000_e68cb52c77f44b56.txt");
        assertThat(y2021.report.reportYear).isEqualTo(2021);
        // the next year of the same agency: the text of 2021 moved on a year, one paragraph rewritten, and a
        // carried-over row that the 2021 report did not carry forward
        y2022 = SampleRecords.edited(y2021, "000_next-year-2022.txt", t -> t.replace("2021年", "2022年")
                .replace("2022-01-26", "2023-01-20")
                .replaceFirst("一、总体情况", "一、总体情况\n    2022年，我局新建政务公开专区，全年开展业务培训3次。"));
        y2022.report.reportYear = 2022;
        y2022.report.publishedOn = "2023-01-20";
        y2022.applications.put("carriedOver", List.of(bd(2), bd(0), bd(0), bd(0), bd(0), bd(0), bd(2)));
        // the same report uploaded again later, with a correction line: it becomes the current document
        y2022copy = SampleRecords.edited(y2022, "000_next-year-2022-corrected.txt", t -> t + "\n（更正版）\n");
        y2022copy.report.publishedOn = "2023-02-10";
        for (ReportRecord r : samples.values()) {
            SampleRecords.send(r);
        }
        SampleRecords.send(y2022);
        SampleRecords.send(y2022copy);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().get("/api/reports/" + y2022copy.documentId).statusCode() == 200
                        && given().get("/api/reports/" + y2022.documentId).jsonPath().getBoolean("current") == false
                        && findings(y2022copy.documentId).stream().anyMatch(f -> "CARRY_OVER_MISMATCH".equals(f.get("ruleId"))));
        for (ReportRecord r : samples.values()) {
            given().get("/api/reports/" + r.documentId).then().statusCode(200);
        }
        agency = y2021.report.agencyCanonical;
    }

    static List<Map<String, Object>> findings(String documentId) {
        return given().get("/api/reports/" + documentId).jsonPath().getList("findings");
    }

    @Test
    @Order(1)
    void listFilterReportHighlightedCellAndExport() throws Exception {
        seed();
        // what the store says, independently of the page: the finding and the cell it names
        JsonPath report = given().get("/api/reports/" + y2022copy.documentId).jsonPath();
        Map<String, Object> carry = report.<Map<String, Object>>getList("findings").stream()
                .filter(f -> "CARRY_OVER_MISMATCH".equals(f.get("ruleId"))).findFirst().orElseThrow();
        assertThat(carry.get("cells")).asList().contains(Map.of("table", "applications", "row", "carriedOver", "column", "total"));
        assertThat(carry.get("expected")).isEqualTo(SampleRecords.total(y2021, "carriedForward").toPlainString());
        assertThat(carry.get("actual")).isEqualTo("2");

        open("index.html");
        WebElement tbody = waitFor(By.cssSelector("#reports tbody tr td a"));
        assertThat(tbody.isDisplayed()).isTrue();
        screenshot("list");
        assertThat(text("#count")).matches(".*共 \\d+ 份报告.*");

        // filter by the agency as a user types it
        WebElement agencyInput = driver.findElement(By.cssSelector("#filters input[name=agency]"));
        agencyInput.sendKeys("琅琊");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitUntil(() -> driver.getCurrentUrl().contains("agency=") && rows().size() >= 2
                && rows().stream().allMatch(r -> r.getText().contains("琅琊")));
        screenshot("list-filtered");
        List<WebElement> rows = rows();
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains(agency));
        assertThat(text("#count")).contains("共 " + rows.size() + " 份报告");
        // the region by its name (truth file: 341102), the code under it
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td.region")).getText())
                .contains("安徽省 滁州市 琅琊区").contains("341102"));

        // open the 2022 report (the current document) from the list
        // current reports by default: the superseded 2022 document is not a row of its own, it is collapsed under
        // the current one with the count of copies
        assertThat(rows).as("current 琅琊 reports: 2021 and 2022").hasSize(2);
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector("a[href^='report.html']")).getAttribute("href")))
                .anyMatch(h -> h.contains(y2022copy.documentId)).noneMatch(h -> h.contains(y2022.documentId));
        WebElement row2022 = rows.stream().filter(r -> r.getText().contains("2022年政府信息公开工作年度报告")).findFirst().orElseThrow();
        WebElement toggle = row2022.findElement(By.cssSelector("button.copies-toggle"));
        assertThat(toggle.getText()).contains("另有 1 份副本");
        toggle.click();
        waitUntil(() -> !row2022.findElements(By.cssSelector("ul.copies a[href*='" + y2022.documentId + "']")).isEmpty());
        assertThat(row2022.findElement(By.cssSelector("ul.copies")).getText()).contains("已被替代");
        screenshot("list-copies-expanded");
        // every document on request
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("#filters select[name=current]"))).selectByValue("all");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitUntil(() -> driver.getCurrentUrl().contains("current=all") && rows().size() == 3);

        // the region filter takes a name as the page writes it: the same two current reports
        open("index.html");
        waitFor(By.cssSelector("#reports tbody tr td a"));
        driver.findElement(By.cssSelector("#filters input[name=agency]")).sendKeys("琅琊");
        driver.findElement(By.cssSelector("#filters input[name=regionCode]")).sendKeys("安徽省 滁州市 琅琊区");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitUntil(() -> driver.getCurrentUrl().contains("regionCode=") && rows().size() == 2
                && rows().stream().allMatch(r -> r.getText().contains("琅琊区")));

        open("index.html?agency=" + java.net.URLEncoder.encode("琅琊", StandardCharsets.UTF_8));
        waitUntil(() -> rows().size() == 2);
        WebElement link = rows().stream().filter(r -> r.getText().contains("2022年政府信息公开工作年度报告"))
                .map(r -> r.findElement(By.cssSelector("a[href^='report.html']"))).findFirst().orElseThrow();
        link.click();
        waitUntil(() -> driver.getCurrentUrl().contains("report.html?id=") && driver.findElement(By.id("report")).isDisplayed());
        assertThat(driver.getCurrentUrl()).contains(y2022copy.documentId);
        assertThat(text("#title")).contains("2022年政府信息公开工作年度报告");
        assertThat(text("#meta")).contains(agency).contains("341102");

        // the highlighted failing cell: the one the store's finding names, with the value of the report
        WebElement cell = driver.findElement(By.id(CELL));
        assertThat(cell.getAttribute("class")).contains("hl-warning");
        assertThat(cell.getText()).startsWith("2");
        assertThat(cell.getAttribute("title")).contains("CARRY_OVER_MISMATCH");
        // and no other cell of section 三 is marked
        List<String> marked = driver.findElements(By.cssSelector("#tables td[class*=hl-]")).stream()
                .map(e -> e.getAttribute("id")).toList();
        assertThat(marked).as("highlighted cells").isNotEmpty().allMatch(id -> id.startsWith("cell-applications-carriedOver-"));
        // section 三 drawn like the template: merged heads and the outcome groups
        WebElement apps = driver.findElement(By.id("table-applications"));
        assertThat(apps.findElement(By.cssSelector("thead th[colspan='7']")).getText()).contains("申请人情况");
        assertThat(apps.findElement(By.cssSelector("thead th[colspan='5']")).getText()).contains("法人或其他组织");
        assertThat(apps.findElements(By.cssSelector("tbody th[rowspan]")).stream().map(e -> e.getText().strip().split("\n")[0] + "/" + e.getAttribute("rowspan")).toList())
                .contains("三、本年度办理结果/22", "（三）不予公开/8", "（四）无法提供/3", "（五）不予处理/5", "（六）其他处理/3");
        assertThat(driver.findElement(By.id("table-reviewLitigation")).findElement(By.cssSelector("thead th[colspan='10']")).getText())
                .contains("行政诉讼");
        assertThat(driver.findElements(By.cssSelector("#table-reviewLitigation tbody td"))).hasSize(15);
        // section 二 in the blocks of 第二十条 with their own column heads, the sample's licensing figure in its cell
        assertThat(driver.findElements(By.cssSelector("#table-activeDisclosure th.article-head")).stream().map(WebElement::getText))
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(driver.findElement(By.id("cell-activeDisclosure-licensing-decisions")).getText())
                .isEqualTo(y2021.activeDisclosure.get("licensing").get("decisions").toPlainString());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("table-activeDisclosure")));
        screenshot("report-section-2-table");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("table-reviewLitigation")));
        screenshot("report-section-4-table");
        WebElement finding = driver.findElements(By.cssSelector("#findings li.finding")).stream()
                .filter(f -> f.getText().contains("CARRY_OVER_MISMATCH")).findFirst().orElseThrow();
        WebElement toCell = finding.findElement(By.cssSelector("a[href='#" + CELL + "']"));
        toCell.click();
        waitUntil(() -> driver.getCurrentUrl().endsWith("#" + CELL));
        screenshot("report-highlighted-cell");

        // download an export from the list page with the current filter
        open("index.html?agency=" + java.net.URLEncoder.encode("琅琊", StandardCharsets.UTF_8));
        waitFor(By.cssSelector("#reports tbody tr td a"));
        WebElement csv = driver.findElements(By.cssSelector("#exports a")).stream()
                .filter(a -> a.getText().contains("问题") && a.getText().contains("CSV")).findFirst().orElseThrow();
        csv.click();
        Path file = DOWNLOADS.resolve("findings.csv");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> Files.isRegularFile(file)
                && Files.size(file) > 0 && noPartialDownloads());
        List<List<String>> exported = ApiTest.parseCsv(Files.readString(file, StandardCharsets.UTF_8).substring(1));
        List<String> header = exported.get(0);
        assertThat(exported).anySatisfy(r -> {
            assertThat(r.get(header.indexOf("documentId"))).isEqualTo(y2022copy.documentId);
            assertThat(r.get(header.indexOf("ruleId"))).isEqualTo("CARRY_OVER_MISMATCH");
            assertThat(r.get(header.indexOf("agency"))).contains("琅琊");
        });
        screenshot("list-export-downloaded");
    }

    @Test
    @Order(2)
    void aFindingLinksToTheTextSpanItNames() throws Exception {
        seed();
        open("report.html?id=" + breakdown.documentId);
        waitUntil(() -> driver.findElement(By.id("report")).isDisplayed());
        assertThat(text("#meta")).contains(breakdown.report.agencyCanonical);
        WebElement finding = driver.findElements(By.cssSelector("#findings li.finding")).stream()
                .filter(f -> f.getText().contains(breakdownRule)).findFirst().orElseThrow();
        WebElement toSpan = finding.findElement(By.cssSelector("a.to-span"));
        String target = toSpan.getAttribute("href").replaceAll(".*#", "");
        WebElement mark = driver.findElement(By.id(target));
        assertThat(mark.getTagName()).isEqualTo("mark");
        assertThat(mark.getAttribute("class")).contains("span-warning");
        String quoted = breakdown.text.substring(breakdown.findings.get(0).spanStart, breakdown.findings.get(0).spanEnd);
        assertThat(mark.getText()).startsWith("其中包括：").contains("政策法规17条").contains(quoted.substring(quoted.length() - 8));
        toSpan.click();
        waitUntil(() -> driver.getCurrentUrl().endsWith("#" + target));
        screenshot("report-finding-text-span");
    }

    @Test
    @Order(3)
    void confirmAFindingWithAReasonKeptAcrossRevalidationAndExported() throws Exception {
        seed();
        String reason = "上年结转数与2021年报告的结转下年度数不符，已与该局核实 " + System.nanoTime();
        open("report.html?id=" + y2022copy.documentId);
        waitUntil(() -> driver.findElement(By.id("report")).isDisplayed());
        driver.findElement(By.id("api-key")).sendKeys("test-admin-key");
        driver.findElement(By.cssSelector(".keybox button")).click();
        WebElement finding = carryFinding();
        finding.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
        finding.findElement(By.cssSelector("button.confirm")).click();
        waitUntil(() -> carryFinding().findElement(By.cssSelector(".review")).getText().contains("已确认"));
        assertThat(carryFinding().findElement(By.cssSelector(".review-reason")).getText()).isEqualTo(reason);
        screenshot("report-finding-confirmed");
        Map<String, Object> stored = carry(y2022copy.documentId);
        assertThat(stored.get("review")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("decision", "confirmed").containsEntry("reason", reason);

        // re-validation: a newer rule set replaces the document's findings; the decision is keyed by document, rule
        // and location, so it meets the finding again
        ReportRecord again = SampleRecords.copy(y2022copy);
        again.ruleSetVersion = TestRecords.RULES_2;
        SampleRecords.send(again);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                TestRecords.RULES_2.equals(given().get("/api/reports/" + y2022copy.documentId).jsonPath().getString("ruleSetVersion")));
        driver.navigate().refresh();
        waitUntil(() -> driver.findElement(By.id("report")).isDisplayed() && carryFinding().getText().contains("已确认"));
        assertThat(carryFinding().findElement(By.cssSelector(".review-reason")).getText()).isEqualTo(reason);
        assertThat(text("#provenance")).contains(TestRecords.RULES_2);
        screenshot("report-confirmed-after-revalidation");

        // and in the export the reviewer downloads
        open("index.html?agency=" + java.net.URLEncoder.encode("琅琊", StandardCharsets.UTF_8));
        waitFor(By.cssSelector("#reports tbody tr td a"));
        Path file = DOWNLOADS.resolve("findings.csv");
        Files.deleteIfExists(file);
        driver.findElements(By.cssSelector("#exports a")).stream()
                .filter(a -> a.getText().contains("问题") && a.getText().contains("CSV")).findFirst().orElseThrow().click();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> Files.isRegularFile(file)
                && Files.size(file) > 0 && noPartialDownloads());
        List<List<String>> exported = ApiTest.parseCsv(Files.readString(file, StandardCharsets.UTF_8).substring(1));
        List<String> header = exported.get(0);
        assertThat(header).contains("location", "review", "reviewReason", "reviewer", "reviewedAt");
        assertThat(exported).anySatisfy(r -> {
            assertThat(r.get(header.indexOf("documentId"))).isEqualTo(y2022copy.documentId);
            assertThat(r.get(header.indexOf("ruleId"))).isEqualTo("CARRY_OVER_MISMATCH");
            assertThat(r.get(header.indexOf("review"))).isEqualTo("confirmed");
            assertThat(r.get(header.indexOf("reviewReason"))).isEqualTo(reason);
        });

        // without the key nothing is written
        given().contentType("application/json").body(Map.of("documentId", y2022copy.documentId, "ruleId",
                "CARRY_OVER_MISMATCH", "location", stored.get("location"), "decision", "dismissed", "reason", "x"))
                .put("/api/admin/reviews").then().statusCode(401);
        // a finding the report does not have: 404
        given().header("X-API-Key", "test-admin-key").contentType("application/json").body(Map.of("documentId",
                        y2022copy.documentId, "ruleId", "APP_BALANCE", "location", "cells:applications.total.total",
                        "decision", "dismissed", "reason", "no such finding"))
                .put("/api/admin/reviews").then().statusCode(404).contentType("application/problem+json");
        assertThat(carry(y2022copy.documentId).get("review")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("decision", "confirmed");
    }

    WebElement carryFinding() {
        return driver.findElements(By.cssSelector("#findings li.finding")).stream()
                .filter(f -> f.findElement(By.cssSelector(".rule")).getText().equals("CARRY_OVER_MISMATCH")).findFirst().orElseThrow();
    }

    static Map<String, Object> carry(String documentId) {
        return findings(documentId).stream().filter(f -> "CARRY_OVER_MISMATCH".equals(f.get("ruleId"))).findFirst().orElseThrow();
    }

    @Test
    @Order(4)
    void compareTwoYearsOfTheAgency() throws Exception {
        seed();
        open("report.html?id=" + y2022copy.documentId);
        waitUntil(() -> driver.findElement(By.id("report")).isDisplayed());
        driver.findElement(By.id("compare-link")).click();
        waitUntil(() -> driver.getCurrentUrl().contains("compare.html") && driver.findElement(By.id("comparison")).isDisplayed());
        assertThat(text("#side-a")).contains("2021").contains(y2021.report.title);
        assertThat(text("#side-b")).contains("2022");
        assertThat(driver.findElement(By.cssSelector("#side-b a")).getAttribute("href")).contains(y2022copy.documentId);
        // the table cell that changed is marked, with both years' values; cells that did not change are hidden
        WebElement changed = driver.findElement(By.id("diff-applications-carriedOver-total"));
        assertThat(changed.getAttribute("class")).isEqualTo("differs");
        List<String> cells = changed.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        BigDecimal before = SampleRecords.total(y2021, "carriedOver");
        BigDecimal change = BigDecimal.valueOf(2).subtract(before);
        assertThat(cells.subList(1, 4)).containsExactly(before.toPlainString(), "2",
                change.signum() == 0 ? "0" : (change.signum() > 0 ? "+" : "") + change.toPlainString());
        assertThat(driver.findElement(By.id("diff-applications-newReceived-total")).isDisplayed()).as("an unchanged cell").isFalse();
        // what the API counts as differing is what the page marks
        int differing = given().queryParam("a", y2021.documentId).queryParam("b", y2022copy.documentId).get("/api/compare")
                .jsonPath().getInt("differingCells");
        assertThat(driver.findElements(By.cssSelector("#diff-cells tr.differs"))).hasSize(differing);
        assertThat(differing).isEqualTo(2);
        // the narrative: the rewritten paragraph is an addition of year B
        List<String> added = driver.findElements(By.cssSelector("#text ins")).stream().map(WebElement::getText).toList();
        assertThat(added).anyMatch(t -> t.contains("新建政务公开专区"));
        assertThat(driver.findElements(By.cssSelector("#text del")).stream().map(WebElement::getText))
                .noneMatch(t -> t.contains("新建政务公开专区"));
        assertThat(text("#text-summary")).matches(".*删除 \\d+ 句，新增 \\d+ 句.*");
        screenshot("compare-years");
    }

    @Test
    @Order(5)
    void regionsByNameWithDrillDown() throws Exception {
        seed();
        open("stats.html?level=province&yearFrom=2021&yearTo=2021");
        waitUntil(() -> !driver.findElements(By.cssSelector("#apps a.drill")).isEmpty());
        WebElement anhui = driver.findElements(By.cssSelector("#apps a.drill")).stream()
                .filter(a -> a.getText().equals("安徽省")).findFirst().orElseThrow();
        screenshot("stats-provinces");
        anhui.click();
        waitUntil(() -> driver.getCurrentUrl().contains("level=city") && driver.getCurrentUrl().contains("regionCode=34")
                && driver.findElements(By.cssSelector("#apps a.drill")).stream().anyMatch(a -> a.getText().equals("滁州市")));
        // only cities of 安徽 after the drill-down
        assertThat(driver.findElements(By.cssSelector("#apps tbody a.mono")).stream().map(WebElement::getText))
                .isNotEmpty().allMatch(c -> c.startsWith("34"));
        assertThat(text("#breadcrumb")).contains("安徽省");
        driver.findElements(By.cssSelector("#apps a.drill")).stream().filter(a -> a.getText().equals("滁州市")).findFirst().orElseThrow().click();
        waitUntil(() -> driver.getCurrentUrl().contains("level=county") && driver.getCurrentUrl().contains("regionCode=3411")
                && driver.findElements(By.cssSelector("#apps tbody th")).stream().anyMatch(a -> a.getText().contains("琅琊区")));
        WebElement langya = driver.findElements(By.cssSelector("#apps tbody tr")).stream()
                .filter(r -> r.getText().contains("琅琊区")).findFirst().orElseThrow();
        // the figure beside the name is the API's sum for that county and year
        Map<String, Object> sum = given().queryParam("level", "county").queryParam("regionCode", "341102")
                .queryParam("yearFrom", 2021).queryParam("yearTo", 2021).get("/api/aggregates/applications")
                .jsonPath().getMap("[0]");
        assertThat(sum).containsEntry("regionName", "琅琊区").containsEntry("fullName", "安徽省 滁州市 琅琊区");
        assertThat(langya.findElement(By.cssSelector("td.num")).getText()).startsWith(String.valueOf(sum.get("newReceived")));
        assertThat(text("#breadcrumb")).contains("安徽省").contains("滁州市");
        screenshot("stats-counties-of-chuzhou");
    }

    @Test
    @Order(6)
    void progressViewCountsWhatTheDatabaseHolds() throws Exception {
        seed();
        open("progress.html?minutes=60&refresh=5");
        waitUntil(() -> !text("#documents").isBlank());
        JsonPath api = given().queryParam("minutes", 60).get("/api/progress").jsonPath();
        assertThat(Long.parseLong(text("#documents").replace(",", ""))).isEqualTo(api.getLong("documents"));
        assertThat(Long.parseLong(text("#stored-window").replace(",", ""))).as("stored in the last hour")
                .isGreaterThanOrEqualTo(samples.size() + 2L);
        assertThat(driver.findElements(By.cssSelector("#per-minute tbody tr"))).hasSize(60);
        String before = text("#updated");
        // a document arriving during the batch shows up at the next refresh, without reloading the page
        ReportRecord late = SampleRecords.edited(y2021, "000_late-arrival.txt", t -> t + "\n（迟到的副本 late copy）\n");
        SampleRecords.send(late);
        long expected = api.getLong("documents") + 1;
        new WebDriverWait(driver, Duration.ofSeconds(40)).ignoring(RuntimeException.class)
                .until(d -> Long.parseLong(text("#documents").replace(",", "")) == expected);
        assertThat(text("#updated")).isNotEqualTo(before);
        screenshot("progress");
    }

    static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + p.toAbsolutePath(), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    void open(String page) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + page);
    }

    static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#reports tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a[href^='report.html']")).isEmpty()).toList();
    }

    static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    static WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(d -> condition.getAsBoolean());
    }

    static boolean noPartialDownloads() throws IOException {
        try (Stream<Path> s = Files.list(DOWNLOADS)) {
            return s.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        }
    }

    static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path out = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
        Files.write(out, png);
        assertThat(png.length).as("screenshot %s", out).isGreaterThan(1000);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
