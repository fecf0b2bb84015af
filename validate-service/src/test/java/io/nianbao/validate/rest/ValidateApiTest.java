package io.nianbao.validate.rest;

import io.nianbao.validate.messaging.InMemoryChannels;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(InMemoryChannels.class)
public class ValidateApiTest {
    public static String sample(String n) {
        try (InputStream in = ValidateApiTest.class.getResourceAsStream("/samples/" + n + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theParserTestDependencyBringsNoConfigurationOfItsOwn() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        org.assertj.core.api.Assertions.assertThat(config.getValue("quarkus.application.name", String.class))
                .isEqualTo("validate-service");
        org.assertj.core.api.Assertions.assertThat(config.getOptionalValue("nianbao.parse.max-bytes", String.class)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(
                config.getOptionalValue("mp.messaging.incoming.reports-raw.topic", String.class)).isEmpty();
    }

    @Test
    void aParseErrorIsIncompleteInTheApi() {
        String body = "{\"documentId\":\"" + "b".repeat(64) + "\",\"report\":{\"template\":\"2021\",\"reportYear\":2022},"
                + "\"text\":\"x\",\"parseNotes\":[{\"code\":\"PARSE_ERROR\",\"message\":\"tables could not be read\"}]}";
        given().contentType("application/json").body(body).post("/api/validate").then().statusCode(200)
                .body("summary.status", equalTo("incomplete"))
                .body("findings.ruleId", hasItem("PARSE_INCOMPLETE"));
    }

    @Test
    void catalogueListsEveryRuleInBothLanguages() {
        given().get("/api/rules").then().statusCode(200)
                .body("ruleSetVersion", startsWith("rules-2+"))
                .body("rules", hasSize(21))
                .body("rules.find { it.id == 'RULE_FAILED' }.severity", equalTo("warning"))
                .body("rules.find { it.id == 'RULE_FAILED' }.descriptionEn", containsString("incomplete"))
                .body("rules.find { it.id == 'PARSE_INCOMPLETE' }.descriptionEn", containsString("PARSE_ERROR"))
                .body("rules.id", hasItem("APP_BALANCE"))
                .body("rules.find { it.id == 'PUBLISHED_LATE' }.severity", equalTo("warning"))
                .body("rules.find { it.id == 'TEMPLATE_OUTDATED' }.fromYear", equalTo(2020))
                .body("rules.find { it.id == 'STOCK_FLOW' }.templates", hasItem("2019"))
                .body("rules.find { it.id == 'APP_BALANCE' }.titleZh", containsString("勾稽"))
                .body("rules.find { it.id == 'APP_BALANCE' }.descriptionEn", containsString("carriedForward"));
        given().get("/api/rules/OTHER_JURISDICTION").then().statusCode(200).body("severity", equalTo("warning"));
        given().get("/api/rules/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void validatesASample() {
        given().contentType(ContentType.JSON).body(sample("001")).post("/api/validate").then().statusCode(200)
                .body("documentId", startsWith("27f8d99802f30b11"))
                .body("summary.status", equalTo("warnings"))
                .body("summary.errors", equalTo(0))
                .body("findings.ruleId", hasItem("TEXT_BREAKDOWN"))
                .body("findings.find { it.ruleId == 'TEXT_BREAKDOWN' }.actual", equalTo("405"))
                .body("ruleSetVersion", startsWith("rules-2+"))
                .body("applications.newReceived", hasSize(7));
    }

    @Test
    void sameBodySameAnswer() {
        String a = given().contentType(ContentType.JSON).body(sample("000")).post("/api/validate").then().statusCode(200)
                .extract().asString();
        String b = given().contentType(ContentType.JSON).body(sample("000")).post("/api/validate").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(b).isEqualTo(a);
    }

    @Test
    void invalidJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"documentId\": ").post("/api/validate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid parsed record"))
                .body("detail", startsWith("not valid JSON"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/validate").then().statusCode(400)
                .body("detail", containsString("JSON object"));
        given().contentType(ContentType.JSON).body("").post("/api/validate").then().statusCode(400);
    }

    @Test
    void healthMetricsAndOpenApi() {
        given().contentType(ContentType.JSON).body(sample("003")).post("/api/validate").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("rule-catalogue"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("nianbao_validate_findings_total"))
                .body(containsString("rule=\"OTHER_JURISDICTION\""));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/validate")).body(containsString("/api/rules"))
                .body(not(containsString("\"/q/")));
    }
}
