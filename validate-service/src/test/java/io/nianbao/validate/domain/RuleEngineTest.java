package io.nianbao.validate.domain;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEngineTest {
    private final RuleEngine engine = new RuleEngine(RuleRegistry.standard());

    @Test
    void consistentRecordsOfEveryTemplateGiveNoFinding() {
        for (ReportRecord r : List.of(TestRecords.t2021(), TestRecords.t2019(), TestRecords.t2008())) {
            engine.validate(r);
            assertThat(r.findings).as(r.report.template + " " + Json.toString(r.findings)).isEmpty();
            assertThat(r.summary.status).isEqualTo("clean");
            assertThat(r.ruleSetVersion).startsWith("rules-" + RuleEngine.RELEASE + "+");
        }
    }

    @Test
    void summaryCountsBySeverityAndStatusFollowsTheWorst() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("total").set(6, TestRecords.n(4));  // APP_BALANCE, APP_TOTAL_ROW, APP_TOTAL_COLUMN
        r.report.regionCode = null;                              // AGENCY_UNRESOLVED (info)
        engine.validate(r);
        assertThat(r.summary.errors).isEqualTo(3);
        assertThat(r.summary.infos).isEqualTo(1);
        assertThat(r.summary.status).isEqualTo("errors");
        assertThat(r.findings).allSatisfy(f -> {
            assertThat(f.evidence).isNotBlank();
            assertThat(f.origin).isEqualTo(Findings.ORIGIN);
        });
    }

    @Test
    void deterministicAndIdempotent() {
        ReportRecord a = TestRecords.t2021();
        a.applications.get("granted").set(0, TestRecords.n(5));
        String once = Json.toString(engine.validate(a));
        ReportRecord again = Json.read(once, ReportRecord.class);
        String twice = Json.toString(engine.validate(again));
        assertThat(twice).isEqualTo(once);
        ReportRecord b = TestRecords.t2021();
        b.applications.get("granted").set(0, TestRecords.n(5));
        assertThat(Json.toString(engine.validate(b))).isEqualTo(once);
    }

    @Test
    void findingsOfOtherOriginsAreKept() {
        ReportRecord r = TestRecords.t2021();
        ReportRecord.Finding history = new ReportRecord.Finding();
        history.ruleId = "CARRY_OVER_MISMATCH";
        history.severity = Severity.WARNING;
        history.origin = "store-service";
        history.evidence = "x";
        r.findings = new java.util.ArrayList<>(List.of(history));
        engine.validate(r);
        assertThat(r.findings).extracting(f -> f.ruleId).containsExactly("CARRY_OVER_MISMATCH");
        assertThat(r.summary.warnings).isEqualTo(1);
    }

    @Test
    void ruleSetVersionChangesWithTheRules() {
        RuleRegistry fewer = new RuleRegistry(RuleRegistry.standard().rules().subList(1, 5));
        assertThat(new RuleEngine(fewer).ruleSetVersion()).isNotEqualTo(engine.ruleSetVersion());
        assertThat(new RuleEngine(RuleRegistry.standard()).ruleSetVersion()).isEqualTo(engine.ruleSetVersion());
    }

    @Test
    void aFailingRuleMakesTheRecordIncompleteNeverClean() {
        Rule broken = new AbstractRule("BROKEN", Severity.ERROR, "坏", "broken", "坏", "broken") {
            @Override
            public List<ReportRecord.Finding> check(ReportRecord record) {
                throw new IllegalStateException("boom");
            }
        };
        List<String> failed = new java.util.ArrayList<>();
        RuleEngine e = new RuleEngine(new RuleRegistry(List.of(broken)), (rule, ex) -> failed.add(rule.id()));
        ReportRecord r = e.validate(TestRecords.t2021());
        assertThat(failed).containsExactly("BROKEN");
        assertThat(r.findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId).isEqualTo("RULE_FAILED");
            assertThat(f.severity).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn).contains("BROKEN").contains("IllegalStateException: boom");
            assertThat(f.evidence).contains("BROKEN");
        });
        assertThat(r.summary.status).isEqualTo("incomplete");
        assertThat(r.summary.warnings).isEqualTo(1);
        // the same record with the rule working is clean
        assertThat(new RuleEngine(new RuleRegistry(List.of())).validate(TestRecords.t2021()).summary.status).isEqualTo("clean");
    }

    @Test
    void aParseErrorMakesTheRecordIncomplete() {
        ReportRecord r = TestRecords.t2021();
        r.parseNotes.add(new ReportRecord.ParseNote("PARSE_ERROR", "tables could not be read: java.lang.ArithmeticException", null));
        engine.validate(r);
        assertThat(r.findings).extracting(f -> f.ruleId).containsExactly("PARSE_INCOMPLETE");
        assertThat(r.findings.get(0).messageEn).contains("tables could not be read");
        assertThat(r.summary.status).isEqualTo("incomplete");
        // a repaired text is no parse error
        ReportRecord ok = TestRecords.t2021();
        ok.parseNotes.add(new ReportRecord.ParseNote("TEXT_REPAIRED", "mojibake repaired", null));
        assertThat(engine.validate(ok).summary.status).isEqualTo("clean");
    }

    @Test
    void incompleteWinsOverErrors() {
        ReportRecord r = TestRecords.t2021();
        r.applications.get("total").set(6, TestRecords.n(4));
        r.parseNotes.add(new ReportRecord.ParseNote("PARSE_ERROR", "figures could not be read", null));
        engine.validate(r);
        assertThat(r.summary.errors).isPositive();
        assertThat(r.summary.status).isEqualTo("incomplete");
    }

    @Test
    void theRuleSetVersionOrdersAfterTheOldForm() {
        String v = engine.ruleSetVersion();
        assertThat(v).matches("rules-2\\+[0-9a-f]{12}");
        assertThat(io.nianbao.contract.ComponentVersion.compare(v, "rules-1.0+0123456789ab"))
                .isEqualTo(io.nianbao.contract.ComponentVersion.Order.NEWER);
        assertThat(io.nianbao.contract.ComponentVersion.parse(v).release()).isEqualTo(RuleEngine.RELEASE);
    }

    @Test
    void registryHoldsTheOneRecordRules() {
        assertThat(RuleRegistry.standard().rules()).extracting(Rule::id).containsExactly(
                "APP_BALANCE", "APP_TOTAL_ROW", "APP_TOTAL_COLUMN", "REVIEW_TOTAL", "COUNT_NOT_WHOLE", "STOCK_FLOW",
                "EMPTY_CELLS", "TEXT_APPLICATIONS", "TEXT_REVIEW", "TEXT_BREAKDOWN", "TEXT_SAME_FIGURE",
                "SECTION_MISSING", "TEMPLATE_OUTDATED", "FEE_NOT_REPORTED", "PUBLISHED_LATE", "YEAR_MISMATCH",
                "OTHER_JURISDICTION", "AGENCY_UNRESOLVED", "PARSE_UNCERTAIN", "PARSE_INCOMPLETE", "RULE_FAILED");
        assertThat(RuleRegistry.standard().rules()).allSatisfy(r -> {
            assertThat(r.titleZh()).isNotBlank();
            assertThat(r.titleEn()).isNotBlank();
            assertThat(r.descriptionZh()).isNotBlank();
            assertThat(r.descriptionEn()).isNotBlank();
            assertThat(r.severity()).isIn(Severity.ERROR, Severity.WARNING, Severity.INFO);
        });
    }
}
