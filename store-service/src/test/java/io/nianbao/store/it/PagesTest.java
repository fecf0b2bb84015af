package io.nianbao.store.it;

import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The static pages of META-INF/resources: served as HTML, their scripts and style sheet served, and every API path
 * (and query parameter vocabulary) that the scripts use answered by the API with the fields the scripts read.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class PagesTest {
    static final List<String> PAGES = List.of("/index.html", "/report.html", "/agency.html", "/stats.html",
            "/compare.html", "/progress.html");
    /** Write endpoints the pages call (with the API key the reviewer types): never answered without a key. */
    static final Set<String> WRITES = Set.of("/api/admin/reviews");
    static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\btype=\"module\"[^>]*\\bsrc=\"([^\"]+)\"");
    static final Pattern STYLESHEET = Pattern.compile("<link[^>]*\\brel=\"stylesheet\"[^>]*\\bhref=\"([^\"]+)\"");
    static final Pattern IMPORT = Pattern.compile("\\bfrom\\s+'(\\./[^']+)'");
    /** A string literal holding an API path: '/api/...', "/api/..." or `/api/...` up to the quote, '?' or '$'. */
    static final Pattern API_LITERAL = Pattern.compile("['\"`](/api/[^'\"`?$\\s]*)");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static String documentId;
    static String agency;

    static synchronized void seed() {
        if (documentId != null) {
            return;
        }
        String a = TestRecords.uniqueAgency("页面");
        TestRecords.Builder b = TestRecords.report(a, 2022).region("341102").published("2023-01-20")
                .applications("newReceived", 3).finding("APP_BALANCE", "error");
        Broker.sendValidated(b);
        String id = b.build().documentId;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().get("/api/reports/" + id).statusCode() == 200);
        agency = a;
        documentId = id;
    }

    @Test
    void pagesAreServedAsHtmlWithTheirScriptAndStyleSheet() {
        Response rootResponse = given().get("/");
        assertThat(rootResponse.statusCode()).as("/").isEqualTo(200);
        assertThat(rootResponse.contentType()).as("/").startsWith("text/html");
        String root = rootResponse.asString();
        assertThat(root).as("/ serves the report list").contains("src=\"js/index.js\"");
        for (String page : PAGES) {
            Response r = given().get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.contentType()).as(page).startsWith("text/html");
            String html = r.asString();
            assertThat(html).as(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                    .contains("<meta charset=\"utf-8\">").contains("<main id=\"main\">");
            List<String> scripts = all(SCRIPT, html);
            assertThat(scripts).as("module scripts of %s", page).hasSize(1);
            List<String> sheets = all(STYLESHEET, html);
            assertThat(sheets).as("style sheets of %s", page).containsExactly("app.css");
            assertThat(given().get("/" + sheets.get(0)).then().statusCode(200).extract().contentType())
                    .startsWith("text/css");
            // every label of a form control is explicit or wraps the control
            assertThat(html.split("<input", -1).length - 1).as("inputs of %s inside labels", page)
                    .isLessThanOrEqualTo(html.split("<label", -1).length - 1);
        }
        // the query string is the page's business: the server ignores it
        Response withQuery = given().queryParam("id", "0".repeat(64)).get("/report.html");
        assertThat(withQuery.statusCode()).isEqualTo(200);
        assertThat(withQuery.contentType()).startsWith("text/html");
    }

    @Test
    void everyModuleAndItsImportsAreServedAsJavaScriptWithoutHtmlInjection() {
        Map<String, String> modules = modules();
        assertThat(modules.keySet()).contains("/js/index.js", "/js/report.js", "/js/agency.js", "/js/stats.js",
                "/js/compare.js", "/js/progress.js", "/js/common.js");
        for (Map.Entry<String, String> m : modules.entrySet()) {
            String js = m.getValue();
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function")) {
                assertThat(js).as("%s must build the DOM from text nodes, not with %s", m.getKey(), sink)
                        .doesNotContain(sink);
            }
        }
        Response missing = given().get("/js/no-such-module.js");
        assertThat(missing.statusCode()).as("an unknown static file").isEqualTo(404);
    }

    @Test
    void everyApiPathTheScriptsCallAnswersWithTheFieldsTheyRead() {
        seed();
        Set<String> paths = new TreeSet<>();
        for (String js : modules().values()) {
            paths.addAll(all(API_LITERAL, js));
        }
        assertThat(paths).as("API paths found in the scripts").contains("/api/reports", "/api/reports/{documentId}",
                "/api/agencies/{agency}/history", "/api/aggregates/applications", "/api/aggregates/findings",
                "/api/rules", "/api/exports/{kind}.{format}", "/api/compare", "/api/progress", "/api/admin/reviews");
        Map<String, List<String>> values = Map.of(
                "documentId", List.of(documentId),
                "agency", List.of(agency),
                "kind", List.of("reports", "cells", "findings"),
                "format", List.of("csv", "xlsx"));
        Map<String, Map<String, String>> queries = Map.of(
                "/api/compare", Map.of("a", documentId, "b", documentId),
                "/api/progress", Map.of("minutes", "15"));
        for (String path : paths) {
            if (WRITES.contains(path)) {
                given().contentType("application/json").body("{}").put(path).then().statusCode(401);
                continue;
            }
            List<Map<String, String>> bindings = bindings(path, values);
            for (Map<String, String> binding : bindings) {
                Response r = given().pathParams(binding).queryParams(queries.getOrDefault(path, Map.of())).get(path);
                assertThat(r.statusCode()).as("GET %s with %s: %s", path, binding, r.asString()).isEqualTo(200);
                assertShape(path, binding, r);
            }
        }
    }

    @Test
    void theListPageSendsOnlyFiltersAndSortFieldsTheApiKnows() {
        seed();
        String index = modules().get("/js/index.js");
        Matcher filters = Pattern.compile("const FILTERS = \\[([^\\]]*)]").matcher(index);
        assertThat(filters.find()).as("FILTERS of index.js").isTrue();
        List<String> names = all(Pattern.compile("'(\\w+)'"), filters.group(1));
        Map<String, String> valid = Map.of("agency", agency, "regionCode", "3411", "yearFrom", "2022",
                "yearTo", "2022", "template", "2021", "status", "errors", "ruleId", "APP_BALANCE",
                "severity", "error", "q", "年度报告", "current", "true");
        assertThat(valid.keySet()).as("filters of the page").containsExactlyInAnyOrderElementsOf(names);
        // the API ignores a parameter it does not know, so check that each filter name of the page is honoured:
        // the seeded report is found with all of them, and lost when any one is changed to a value it fails
        assertThat(ids(valid)).containsExactly(documentId);
        Map<String, Map<String, String>> failing = Map.of(
                "agency", Map.of("agency", agency + "无此"),
                "regionCode", Map.of("regionCode", "11"),
                "yearFrom", Map.of("yearFrom", "2023", "yearTo", ""),
                "yearTo", Map.of("yearFrom", "", "yearTo", "2021"),
                "template", Map.of("template", "2019"),
                "status", Map.of("status", "clean"),
                "ruleId", Map.of("ruleId", "TEXT_REVIEW"),
                "severity", Map.of("severity", "info"),
                "q", Map.of("q", "不存在的词语"),
                "current", Map.of("current", "false"));
        assertThat(failing.keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (Map.Entry<String, Map<String, String>> f : failing.entrySet()) {
            Map<String, String> q = new LinkedHashMap<>(valid);
            q.putAll(f.getValue());
            assertThat(ids(q)).as("filter %s=%s", f.getKey(), f.getValue()).doesNotContain(documentId);
        }

        List<String> sortFields = all(Pattern.compile("\\[\\s*'(\\w+)',\\s*'[^']*',\\s*'[^']*',\\s*(?:true|false)\\s*]"), index);
        assertThat(sortFields).as("sortable columns of index.js").contains("agency", "year", "template",
                "publishedOn", "errors", "warnings", "infos", "status");
        for (String f : sortFields) {
            for (String s : List.of(f, "-" + f)) {
                given().queryParam("sort", s).queryParam("agency", agency).get("/api/reports").then()
                        .statusCode(200);
                given().queryParam("sort", s).queryParam("agency", agency).get("/api/exports/reports.csv").then()
                        .statusCode(200);
            }
        }
        for (String size : all(Pattern.compile("(\\d+)"), between(index, "const SIZES = [", "]"))) {
            given().queryParam("size", size).get("/api/reports").then().statusCode(200);
        }

        String stats = modules().get("/js/stats.js");
        List<String> levels = all(Pattern.compile("'(\\w+)'"), between(stats, "const LEVELS = [", "]"));
        assertThat(levels).containsExactly("province", "city", "county");
        for (String level : levels) {
            given().queryParam("level", level).queryParam("yearFrom", 2022).queryParam("yearTo", 2022)
                    .get("/api/aggregates/applications").then().statusCode(200);
        }
    }

    @Test
    void theLabelsCoverEveryTableKeyOfTheContract() {
        String common = modules().get("/js/common.js");
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(TemplateKeys.APPLICATION_ROWS_2021);
        keys.addAll(TemplateKeys.APPLICATION_ROWS_2019);
        keys.addAll(TemplateKeys.APPLICANT_COLUMNS);
        keys.addAll(TemplateKeys.REVIEW_GROUPS);
        keys.addAll(TemplateKeys.REVIEW_COLUMNS);
        for (Map<String, List<String>> layout : List.of(TemplateKeys.ACTIVE_2021, TemplateKeys.ACTIVE_2019)) {
            keys.addAll(layout.keySet());
            layout.values().forEach(keys::addAll);
        }
        for (String k : keys) {
            assertThat(common).as("common.js names the key %s", k).containsPattern("(?m)(^|[\\s\\[{,])'?" + k + "'?\\s*[:,]");
        }
        // and in the order of the template: rows of section 三
        assertThat(all(Pattern.compile("\\['(\\w+)',"), between(common, "const OUTCOMES_HEAD = [", "];")))
                .as("the outcome rows shared by both templates")
                .containsExactlyElementsOf(TemplateKeys.OUTCOMES_2021.subList(0, 18));
        for (List<String> rows : List.of(TemplateKeys.APPLICATION_ROWS_2021, TemplateKeys.APPLICATION_ROWS_2019)) {
            String all = between(common, "export const APPLICATION_ROWS = {", "\n};");
            String block = rows == TemplateKeys.APPLICATION_ROWS_2021 ? between(all, "2021: [", "2019: [")
                    : all.substring(all.indexOf("2019: ["));
            List<String> own = all(Pattern.compile("\\['(\\w+)',"), block);
            List<String> expected = new ArrayList<>(rows);
            expected.removeAll(TemplateKeys.outcomeRows(rows == TemplateKeys.APPLICATION_ROWS_2021 ? "2021" : "2019")
                    .subList(0, 18));
            assertThat(own).as("section 三 rows of common.js (besides the shared outcome rows)")
                    .containsExactlyElementsOf(expected);
        }
    }

    static List<String> ids(Map<String, String> query) {
        Response r = given().queryParams(query).queryParam("size", 200).get("/api/reports");
        assertThat(r.statusCode()).as("GET /api/reports %s: %s", query, r.asString()).isEqualTo(200);
        return r.jsonPath().getList("items.documentId", String.class);
    }

    /** The fields each page reads from each answer. */
    static void assertShape(String path, Map<String, String> binding, Response r) {
        switch (path) {
            case "/api/reports" -> {
                JsonPath j = r.jsonPath();
                assertThat(j.getMap("")).containsKeys("items", "page", "size", "total");
                assertThat(j.getList("items")).isNotEmpty();
                assertThat(j.getMap("items[0]")).containsKeys("documentId", "title", "agency", "agencyCanonical",
                        "regionCode", "reportYear", "template", "publishedOn", "errors", "warnings", "infos", "status",
                        "current");
            }
            case "/api/reports/{documentId}" -> {
                JsonPath j = r.jsonPath();
                assertThat(j.getMap("")).containsKeys("documentId", "source", "report", "status", "summary", "current",
                        "sameReport", "sameReportCount", "parserVersion", "ruleSetVersion", "tables", "narrative",
                        "parseNotes", "sections", "findings");
                assertThat(j.getMap("report")).containsKeys("title", "agency", "agencyCanonical", "regionCode",
                        "regionName", "reportYear", "publishedOn", "template");
                assertThat(j.getString("report.regionName")).isEqualTo("安徽省 滁州市 琅琊区");
                assertThat(j.getMap("tables")).containsKeys("activeDisclosure", "applications", "reviewLitigation");
                assertThat(j.getList("tables.applications.newReceived")).hasSize(7);
                assertThat(j.getMap("findings[0]")).containsKeys("ruleId", "severity", "messageZh", "messageEn",
                        "section", "cells", "location", "review");
                assertThat(j.getString("findings[0].location")).isEqualTo("cells:applications.total.total");
                assertThat(j.getString("findings[0].ruleId")).isEqualTo("APP_BALANCE");
                assertThat(j.getMap("findings[0].cells[0]")).containsOnlyKeys("table", "row", "column");
                assertThat(j.getMap("sections[0]")).containsKeys("number", "title", "text");
            }
            case "/api/agencies/{agency}/history" -> {
                JsonPath j = r.jsonPath();
                assertThat(j.getMap("years[0]")).containsKeys("year", "documentId", "title", "publishedOn", "template",
                        "status", "current", "applicationsReceived", "carriedOver", "carriedForward",
                        "findings", "findingsByRule");
                assertThat(j.getInt("years[0].applicationsReceived")).isEqualTo(3);
                assertThat(j.getMap("years[0].findings")).containsKeys("errors", "warnings", "infos");
            }
            case "/api/aggregates/applications" -> {
                List<Map<String, Object>> rows = r.jsonPath().getList("");
                assertThat(rows).isNotEmpty();
                assertThat(rows.get(0)).containsKeys("region", "regionName", "fullName", "year", "newReceived", "reports");
            }
            case "/api/aggregates/findings" -> {
                List<Map<String, Object>> rows = r.jsonPath().getList("");
                assertThat(rows).anySatisfy(m -> assertThat(m).containsEntry("ruleId", "APP_BALANCE")
                        .containsEntry("severity", "error").containsKeys("year", "findings", "reports"));
            }
            case "/api/rules" -> {
                List<Map<String, Object>> rows = r.jsonPath().getList("");
                assertThat(rows).isNotEmpty();
                assertThat(rows).allSatisfy(m -> assertThat(m).containsKeys("ruleId", "severity", "origin", "findings"));
            }
            case "/api/compare" -> {
                JsonPath j = r.jsonPath();
                assertThat(j.getMap("")).containsKeys("a", "b", "cells", "differingCells", "text", "sentencesRemoved",
                        "sentencesAdded");
                assertThat(j.getMap("a")).containsKeys("documentId", "title", "reportYear", "template", "status");
                assertThat(j.getMap("cells[0]")).containsKeys("table", "row", "column", "a", "b", "inA", "inB", "differs");
                assertThat(j.getInt("differingCells")).as("a report compared with itself").isZero();
            }
            case "/api/progress" -> {
                JsonPath j = r.jsonPath();
                assertThat(j.getMap("")).containsKeys("now", "minutes", "perMinute", "receivedInWindow", "storedInWindow",
                        "documents", "currentReports", "findings", "outboxUnsent", "lastStoredAt");
                assertThat(j.getList("perMinute")).hasSize(15);
                assertThat(j.getLong("storedInWindow")).isPositive();
            }
            case "/api/exports/{kind}.{format}" -> assertThat(r.contentType()).as("%s", binding)
                    .startsWith(binding.get("format").equals("csv") ? "text/csv"
                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> throw new AssertionError("the scripts call " + path + ", which this test does not know: "
                    + "add what the page reads from it to assertShape");
        }
    }

    /** Every combination of the values of the path's placeholders; an unknown placeholder fails the test. */
    static List<Map<String, String>> bindings(String path, Map<String, List<String>> values) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (String name : all(PLACEHOLDER, path)) {
            assertThat(values).as("a value for {%s} of %s", name, path).containsKey(name);
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> b : out) {
                for (String v : values.get(name)) {
                    Map<String, String> m = new LinkedHashMap<>(b);
                    m.put(name, v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** The modules the pages load and, transitively, the modules they import: path -> source. */
    static Map<String, String> modules() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>();
        for (String page : PAGES) {
            for (String src : all(SCRIPT, given().get(page).asString())) {
                todo.add("/" + src);
            }
        }
        while (!todo.isEmpty()) {
            String path = todo.remove(0);
            if (out.containsKey(path)) {
                continue;
            }
            Response r = given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.contentType()).as(path).matches("(text|application)/javascript.*");
            String js = r.asString();
            out.put(path, js);
            String dir = path.substring(0, path.lastIndexOf('/') + 1);
            for (String imp : all(IMPORT, js)) {
                todo.add(dir + imp.substring(2));
            }
        }
        return out;
    }

    static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertThat(a).as("'%s' present", from).isGreaterThanOrEqualTo(0);
        int b = s.indexOf(to, a + from.length());
        assertThat(b).as("'%s' after '%s'", to, from).isGreaterThan(a);
        return s.substring(a + from.length(), b);
    }
}
