package io.nianbao.store.it;

import io.nianbao.contract.ComponentVersion;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Builds validated records for the tests: unique ids, unique agencies, a random narrative unless given. */
public final class TestRecords {
    private static final Random RANDOM = new Random();

    /** Versions in the forms validate-service and parse-service emit ({@link ComponentVersion}: component-release+hash). */
    public static final String RULES_1 = ComponentVersion.of(ComponentVersion.RULES, 1, "3f9a0c21").toString();
    public static final String RULES_2 = ComponentVersion.of(ComponentVersion.RULES, 2, "b71e44d0").toString();
    public static final String RULES_3 = ComponentVersion.of(ComponentVersion.RULES, 3, "0c5d9e12").toString();
    public static final String PARSER_1 = ComponentVersion.of(ComponentVersion.PARSER, 1, "8a2f6b90").toString();

    private TestRecords() {
    }

    public static String newId() {
        return DocumentIds.of(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An agency name no other test uses: 测试市X区人力资源和社会保障局. */
    public static String uniqueAgency(String tag) {
        return "测试" + tag + Integer.toString(RANDOM.nextInt(1 << 30), 36) + "区人力资源和社会保障局";
    }

    /** Random CJK text: two reports with it are never similar. */
    public static String randomText(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            sb.append((char) (0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00)));
        }
        return sb.toString();
    }

    public static Builder report(String agencyCanonical, int year) {
        return new Builder(agencyCanonical, year);
    }

    public static final class Builder {
        final ReportRecord r = new ReportRecord();

        Builder(String agency, int year) {
            r.documentId = newId();
            r.source = new ReportRecord.Source();
            r.source.fileName = "report-" + year + ".html";
            r.source.mediaType = "text/html";
            r.source.receivedAt = "2024-02-01T08:00:00Z";
            r.source.channel = "http";
            r.report = new ReportRecord.Report();
            r.report.title = agency + year + "年政府信息公开工作年度报告";
            r.report.agency = agency;
            r.report.agencyCanonical = agency;
            r.report.regionCode = "341102";
            r.report.agencyKind = "department";
            r.report.reportYear = year;
            r.report.publishedOn = (year + 1) + "-01-20";
            r.report.template = "2021";
            r.parserVersion = PARSER_1;
            r.ruleSetVersion = RULES_1;
            r.findings = new ArrayList<>();
            r.summary = new ReportRecord.Summary();
            r.summary.status = "clean";
            narrative(randomText(400));
            r.applications = new LinkedHashMap<>();
            applications("newReceived", 1);
            applications("carriedOver", 0);
            applications("total", 1);
            applications("carriedForward", 0);
            active(0, 0, 0, 0, 0, 0);
            r.reviewLitigation = new LinkedHashMap<>();
            Map<String, BigDecimal> review = new LinkedHashMap<>();
            for (String c : List.of("upheld", "corrected", "other", "pending", "total")) {
                review.put(c, BigDecimal.ZERO);
            }
            r.reviewLitigation.put("review", review);
        }

        public Builder id(String id) {
            r.documentId = id;
            return this;
        }

        public Builder title(String title) {
            r.report.title = title;
            return this;
        }

        public Builder region(String code) {
            r.report.regionCode = code;
            return this;
        }

        public Builder published(String date) {
            r.report.publishedOn = date;
            return this;
        }

        public Builder template(String t) {
            r.report.template = t;
            return this;
        }

        public Builder ruleSet(String v) {
            r.ruleSetVersion = v;
            return this;
        }

        /** Sections 一 and 五 carry the text; 二..四 the table boilerplate (ignored by COPIED_TEXT). */
        public Builder narrative(String text) {
            r.sections = new ArrayList<>();
            int half = text.length() / 2;
            r.sections.add(new ReportRecord.Section(1, "总体情况", text.substring(0, half), 0, half));
            r.sections.add(new ReportRecord.Section(2, "主动公开政府信息情况", "第二十条第（一）项 信息内容 本年制发件数", null, null));
            r.sections.add(new ReportRecord.Section(3, "收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", null, null));
            r.sections.add(new ReportRecord.Section(4, "政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", null, null));
            r.sections.add(new ReportRecord.Section(5, "存在的主要问题及改进情况", text.substring(half), half, text.length()));
            r.text = text;
            return this;
        }

        /** A section 三 row with {@code total} in naturalPerson and total, 0 elsewhere. */
        public Builder applications(String row, int total) {
            List<BigDecimal> v = new ArrayList<>();
            v.add(BigDecimal.valueOf(total));
            for (int i = 0; i < 5; i++) {
                v.add(BigDecimal.ZERO);
            }
            v.add(BigDecimal.valueOf(total));
            r.applications.put(row, v);
            return this;
        }

        public Builder active(int regMade, int regRepealed, int regInForce, int docMade, int docRepealed, int docInForce) {
            r.activeDisclosure = new LinkedHashMap<>();
            r.activeDisclosure.put("regulations", cells(regMade, regRepealed, regInForce));
            r.activeDisclosure.put("normativeDocuments", cells(docMade, docRepealed, docInForce));
            Map<String, BigDecimal> fees = new LinkedHashMap<>();
            fees.put("amount", null);
            r.activeDisclosure.put("fees", fees);
            return this;
        }

        static Map<String, BigDecimal> cells(int made, int repealed, int inForce) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            m.put("made", BigDecimal.valueOf(made));
            m.put("repealed", BigDecimal.valueOf(repealed));
            m.put("inForce", BigDecimal.valueOf(inForce));
            return m;
        }

        public Builder finding(String ruleId, String severity) {
            ReportRecord.Finding f = new ReportRecord.Finding();
            f.ruleId = ruleId;
            f.severity = severity;
            f.messageZh = ruleId + "（测试）";
            f.messageEn = ruleId + " (test)";
            f.section = 3;
            f.cells = List.of(new ReportRecord.CellRef("applications", "total", "total"));
            f.origin = "validate-service";
            r.findings.add(f);
            int e = 0;
            int w = 0;
            int i = 0;
            for (ReportRecord.Finding x : r.findings) {
                switch (x.severity) {
                    case "error" -> e++;
                    case "warning" -> w++;
                    default -> i++;
                }
            }
            r.summary.errors = e;
            r.summary.warnings = w;
            r.summary.infos = i;
            r.summary.status = e > 0 ? "errors" : w > 0 ? "warnings" : "clean";
            return this;
        }

        public ReportRecord build() {
            return r;
        }

        public String json() {
            return Json.toString(r);
        }
    }
}
