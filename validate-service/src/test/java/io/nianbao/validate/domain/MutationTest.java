package io.nianbao.validate.domain;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.testsupport.corpus.GeneratedReport;
import io.nianbao.testsupport.corpus.Mutation;
import io.nianbao.testsupport.corpus.Mutator;
import io.nianbao.testsupport.corpus.ReportGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutation test on the synthetic corpus of test-support: 320 consistent generated reports must give no error; then
 * each gets one TABLE_CELL and one TEXT_FIGURE mutation, and a mutation counts as detected when the engine reports
 * (as error or warning) one of the rules the mutation breaks according to the corpus's own oracle. Shares printed,
 * thresholds asserted: ≥ 99% of table mutations, ≥ 90% of text mutations.
 */
class MutationTest {
    private static final int REPORTS = 320;
    private final RuleEngine engine = new RuleEngine(RuleRegistry.standard());

    @Test
    void consistentReportsGiveNoErrorAndMutationsAreDetected() {
        List<GeneratedReport> reports = new ReportGenerator(20261122L).generate(REPORTS);
        Map<String, Integer> cleanFindings = new TreeMap<>();
        List<String> cleanErrors = new ArrayList<>();
        for (GeneratedReport rep : reports) {
            ReportRecord r = engine.validate(rep.expectedCopy());
            for (ReportRecord.Finding f : r.findings) {
                cleanFindings.merge(f.severity + " " + f.ruleId, 1, Integer::sum);
                if (Severity.ERROR.equals(f.severity)) {
                    cleanErrors.add(rep + ": " + f.ruleId + " " + f.messageEn);
                }
            }
        }
        System.out.println("[mutation] " + REPORTS + " unmodified reports: " + cleanErrors.size()
                + " error findings; all findings by rule: " + cleanFindings);
        cleanErrors.stream().limit(10).forEach(e -> System.out.println("[mutation]   " + e));

        Mutator mutator = new Mutator(7L);
        int[] table = tally(reports, mutator, Mutation.Kind.TABLE_CELL);
        int[] text = tally(reports, mutator, Mutation.Kind.TEXT_FIGURE);
        double tableShare = 100.0 * table[0] / table[1];
        double textShare = 100.0 * text[0] / text[1];
        System.out.printf("[mutation] TABLE_CELL detected %d/%d = %.2f%% (target ≥ 99%%)%n", table[0], table[1], tableShare);
        System.out.printf("[mutation] TEXT_FIGURE detected %d/%d = %.2f%% (target ≥ 90%%)%n", text[0], text[1], textShare);

        assertThat(cleanErrors).as("error findings on unmodified consistent reports").isEmpty();
        assertThat(table[1]).isGreaterThanOrEqualTo(200);
        assertThat(text[1]).isGreaterThanOrEqualTo(200);
        assertThat(tableShare).isGreaterThanOrEqualTo(99.0);
        assertThat(textShare).isGreaterThanOrEqualTo(90.0);
    }

    /** {detected, total}; prints the first misses with what was expected. */
    private int[] tally(List<GeneratedReport> reports, Mutator mutator, Mutation.Kind kind) {
        int detected = 0;
        int total = 0;
        int shown = 0;
        for (GeneratedReport rep : reports) {
            if (!Mutator.canMutate(rep.expected(), kind)) {
                continue;
            }
            Mutation m = mutator.mutate(rep, kind);
            ReportRecord r = engine.validate(Json.read(Json.toBytes(m.record()), ReportRecord.class));
            total++;
            boolean hit = r.findings.stream().anyMatch(f -> !Severity.INFO.equals(f.severity)
                    && m.brokenRules().contains(f.ruleId));
            if (hit) {
                detected++;
            } else if (shown++ < 8) {
                System.out.println("[mutation]   missed " + kind + " " + m.description() + " in " + rep + "; found "
                        + r.findings.stream().map(f -> f.ruleId).toList());
            }
        }
        return new int[] {detected, total};
    }
}
