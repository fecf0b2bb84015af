package io.nianbao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.schema.JsonSchemaGenerator;
import io.nianbao.contract.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old events still read: a record of an older form (hand-written fixture: versions before component-release+hash,
 * no summary.reasons, fields this contract does not know, at the top and nested) is read by today's classes,
 * keeps what they know, and passes the generated schema; its versions order before every current one.
 */
class CompatibilityTest {
    static byte[] fixture() throws IOException {
        try (InputStream in = CompatibilityTest.class.getResourceAsStream("/compat/report-record-2025.json")) {
            assertThat(in).as("fixture").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void anOlderRecordWithUnknownFieldsStillReads() throws IOException {
        ReportRecord r = Json.read(fixture(), ReportRecord.class);
        assertThat(r.documentId).isEqualTo("0eb4e52369f1d3a6c2b7f5e48a9c1d0b3e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b");
        assertThat(r.source.sizeBytes).isEqualTo(48211L);
        assertThat(r.source.channel).isNull();
        assertThat(r.report.agency).isEqualTo("南京市玄武区司法局");
        assertThat(r.report.reportYear).isEqualTo(2022);
        assertThat(r.report.regionCode).isNull();
        assertThat(r.sections).singleElement().satisfies(s -> assertThat(s.number).isEqualTo(1));
        assertThat(r.activeDisclosure.get("regulations")).containsEntry("repealed", null)
                .containsEntry("inForce", new BigDecimal("5"));
        assertThat(r.applications.get("newReceived")).hasSize(7).last().isEqualTo(new BigDecimal("3"));
        assertThat(r.figures).singleElement().satisfies(f -> {
            assertThat(f.quote).isEqualTo("收到申请3件");
            assertThat(f.parts).isNull();
        });
        assertThat(r.findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId).isEqualTo("CARRY_OVER_MISMATCH");
            assertThat(f.cells).singleElement().satisfies(c -> assertThat(c.column).isEqualTo("6"));
        });
        assertThat(r.summary.warnings).isEqualTo(1);
        assertThat(r.summary.status).isEqualTo("warnings");
        assertThat(r.summary.reasons).isNull();
        assertThat(r.figures.get(0).start).isEqualTo(12);

        // written again: what is known stays, what is unknown is gone
        String again = Json.toString(r);
        assertThat(again).contains("\"parserVersion\":\"parse-1.0\"", "\"ruleSetVersion\":\"rules-1.0+abc\"")
                .doesNotContain("schemaVersion", "md5", "province", "confidence", "fingerprint", "score", "validatedBy");
        assertThat(Json.read(again, ReportRecord.class).text).isEqualTo(r.text);
    }

    @Test
    void olderVersionStringsParseAndOrderBeforeCurrentOnes() {
        ComponentVersion parser = ComponentVersion.parse("parse-1.0");
        ComponentVersion rules = ComponentVersion.parse("rules-1.0+abc");
        assertThat(parser.component()).isEqualTo("parse");
        assertThat(parser.release()).isZero();
        assertThat(rules.component()).isEqualTo("rules");
        assertThat(rules.release()).isZero();
        assertThat(ComponentVersion.compare("parse-1.0", "parse-1+8a2f6b90")).isEqualTo(ComponentVersion.Order.OLDER);
        assertThat(ComponentVersion.compare("rules-2+3f9a0c21", "rules-1.0+abc")).isEqualTo(ComponentVersion.Order.NEWER);
        assertThat(rules.toString()).isEqualTo("rules-1.0+abc");
    }

    @Test
    void anOlderRecordPassesTheGeneratedSchema() throws IOException {
        JsonNode json = Json.mapper().readTree(fixture());
        var schema = Schemas.of(JsonSchemaGenerator.standalone(ReportRecord.class, null));
        assertThat(Schemas.errors(schema, json)).isEmpty();
    }
}
