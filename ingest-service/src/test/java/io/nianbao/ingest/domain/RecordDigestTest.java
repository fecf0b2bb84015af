package io.nianbao.ingest.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordDigestTest {
    @Test
    void keepsTheSmallPartsAndCountsFindings() throws IOException {
        ReportRecord r = new ReportRecord();
        r.documentId = "d".repeat(64);
        r.report = new ReportRecord.Report();
        r.report.agency = "相山区人力资源和社会保障局";
        r.report.reportYear = 2022;
        r.text = "正文".repeat(50_000);
        r.sections.add(new ReportRecord.Section(1, "一、总体情况", "内容", 0, 2));
        ReportRecord.Finding f = new ReportRecord.Finding();
        f.ruleId = "R1";
        f.severity = "error";
        r.findings = List.of(f, f, f);
        r.summary = new ReportRecord.Summary();
        r.summary.errors = 3;
        r.summary.status = "errors";
        r.ruleSetVersion = "rules-7";
        r.parserVersion = "parser-3";
        byte[] json = Json.toBytes(r);
        // at an offset inside a larger buffer, as a fetched Kafka buffer is
        byte[] buffer = new byte[json.length + 10];
        System.arraycopy(json, 0, buffer, 5, json.length);

        ObjectNode d = RecordDigest.of(Json.mapper(), buffer, 5, json.length);
        assertThat(d.path("documentId").asText()).isEqualTo(r.documentId);
        assertThat(d.path("report").path("agency").asText()).isEqualTo("相山区人力资源和社会保障局");
        assertThat(d.path("report").path("reportYear").asInt()).isEqualTo(2022);
        assertThat(d.path("summary").path("errors").asInt()).isEqualTo(3);
        assertThat(d.path("summary").path("status").asText()).isEqualTo("errors");
        assertThat(d.path("ruleSetVersion").asText()).isEqualTo("rules-7");
        assertThat(d.path("parserVersion").asText()).isEqualTo("parser-3");
        assertThat(d.path("findingCount").asInt()).isEqualTo(3);
        assertThat(d.has("text")).isFalse();
        assertThat(d.has("sections")).isFalse();
        assertThat(d.has("findings")).isFalse();
        assertThat(Json.toString(d).length()).isLessThan(1000);
    }

    @Test
    void notAnObjectIsAnError() {
        byte[] b = "[1,2]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RecordDigest.of(Json.mapper(), b, 0, b.length)).isInstanceOf(IOException.class);
    }
}
