package io.nianbao.store.it;

import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes what the read endpoints really return: typed records, each response naming its
 * schema with the fields the pages read (no free-form object where a record is served).
 */
@QuarkusTest
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class OpenApiTest {
    static final Map<String, String> RESPONSES = Map.of(
            "/api/reports/{documentId}", "ReportDetail",
            "/api/agencies/{agency}/history", "AgencyHistory",
            "/api/compare", "Comparison",
            "/api/progress", "Progress",
            "/api/admin/revalidate", "RevalidateResult");

    @Test
    void everyReadEndpointNamesItsRecordSchema() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (Map.Entry<String, String> e : RESPONSES.entrySet()) {
            Map<String, Object> ops = doc.getMap("paths.'" + e.getKey() + "'");
            assertThat(ops).as("path %s", e.getKey()).isNotNull();
            String method = ops.containsKey("get") ? "get" : "post";
            String ref = doc.getString("paths.'" + e.getKey() + "'." + method + ".responses.'200'.content.'application/json'.schema.'$ref'");
            assertThat(ref).as("200 schema of %s", e.getKey()).isEqualTo("#/components/schemas/" + e.getValue());
        }
        assertThat(doc.getString("paths.'/api/rules'.get.responses.'200'.content.'application/json'.schema.items.'$ref'"))
                .isEqualTo("#/components/schemas/RuleView");
        assertThat(doc.getString("paths.'/api/aggregates/applications'.get.responses.'200'.content.'application/json'.schema.items.'$ref'"))
                .isEqualTo("#/components/schemas/RegionYear");
        assertThat(doc.getMap("components.schemas.ReportDetail.properties")).containsKeys("documentId", "source", "report",
                "summary", "sameReport", "sameReportCount", "tables", "sections", "findings");
        assertThat(doc.getMap("components.schemas.FindingView.properties")).containsKeys("ruleId", "severity", "cells",
                "location", "review");
        assertThat(doc.getMap("components.schemas.Tables.properties")).containsKeys("activeDisclosure", "applications",
                "reviewLitigation");
        assertThat(doc.getMap("components.schemas.RegionYear.properties")).containsKeys("region", "regionName", "fullName");
        // the list's rows name their region (GB/T 2260 full name) next to the code
        assertThat(doc.getMap("components.schemas.ReportSummary.properties")).containsKeys("regionCode", "regionName",
                "copies");
    }
}
