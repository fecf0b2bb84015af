package io.nianbao.validate.real;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.Rule;
import io.nianbao.validate.domain.RuleEngine;
import io.nianbao.validate.domain.RuleRegistry;
import io.nianbao.validate.domain.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real document through the real parser, then the rules, against the findings truth a person wrote from
 * reading the report (src/test/resources/real-findings). Prints per rule the recall (expected findings found) and
 * the false alarms; fails on an expected finding missed and on any warning or error that the truth does not expect.
 */
class RealDocumentsTest {
    private final RuleEngine engine = new RuleEngine(RuleRegistry.standard());

    @Test
    void everyExpectedFindingAndNoFalseWarningOrError() {
        Map<String, Path> docs = RealDocuments.all();
        assertThat(docs).as("real documents under " + RealDocuments.FOLDERS).hasSizeGreaterThanOrEqualTo(10);
        Map<String, int[]> perRule = new TreeMap<>(); // expected, found, false alarms
        List<String> problems = new ArrayList<>();
        for (var e : docs.entrySet()) {
            String stem = e.getKey();
            FindingsTruth truth = FindingsTruth.of(stem);
            if (truth == null) {
                problems.add(stem + ": no real-findings/" + stem + ".json");
                truth = new FindingsTruth();
            }
            ReportRecord r = engine.validate(RealDocuments.parse(RealDocuments.extract(e.getValue()),
                    e.getValue().getFileName().toString()));
            Set<String> fired = new LinkedHashSet<>();
            Set<String> firedWarnOrError = new LinkedHashSet<>();
            System.out.println("[real] " + stem + " (" + r.report.template + ", " + r.report.reportYear + ", "
                    + r.report.agency + "): " + r.summary.status + " " + r.summary.errors + "E/" + r.summary.warnings
                    + "W/" + r.summary.infos + "I");
            for (ReportRecord.Finding f : r.findings) {
                fired.add(f.ruleId);
                if (!Severity.INFO.equals(f.severity)) {
                    firedWarnOrError.add(f.ruleId);
                }
                System.out.println("[real]   " + f.severity + " " + f.ruleId + " | " + f.messageZh + " | «"
                        + abbreviate(f.evidence) + "»");
            }
            for (String id : truth.mustFire) {
                int[] t = perRule.computeIfAbsent(id, k -> new int[3]);
                t[0]++;
                if (fired.contains(id)) {
                    t[1]++;
                } else {
                    problems.add(stem + ": " + id + " expected, not found");
                }
            }
            for (String id : firedWarnOrError) {
                if (!truth.mustFire.contains(id)) {
                    perRule.computeIfAbsent(id, k -> new int[3])[2]++;
                    problems.add(stem + ": " + id + " is a false alarm"
                            + (truth.mustNotFire.contains(id) ? "" : " (and not listed in mustNotFire)"));
                }
            }
            for (String id : truth.mustNotFire) {
                if (truth.mustFire.contains(id)) {
                    problems.add(stem + ": " + id + " both in mustFire and mustNotFire");
                }
            }
            // every warning/error rule of the catalogue is either expected or declared a false alarm
            for (Rule rule : engine.registry().rules()) {
                if (!Severity.INFO.equals(rule.severity()) && !truth.mustFire.contains(rule.id())
                        && !truth.mustNotFire.contains(rule.id())) {
                    problems.add(stem + ": warning/error rule " + rule.id() + " neither in mustFire nor mustNotFire");
                }
            }
        }
        System.out.println("[real] per rule over " + docs.size() + " documents: expected / found / false alarms");
        int expected = 0;
        int found = 0;
        int falseAlarms = 0;
        for (var t : perRule.entrySet()) {
            int[] v = t.getValue();
            expected += v[0];
            found += v[1];
            falseAlarms += v[2];
            System.out.printf("[real]   %-20s %2d / %2d / %2d  recall %s%n", t.getKey(), v[0], v[1], v[2],
                    v[0] == 0 ? "-" : String.format("%.0f%%", 100.0 * v[1] / v[0]));
        }
        System.out.printf("[real] all rules: %d expected, %d found, %d false warnings/errors%n", expected, found,
                falseAlarms);
        problems.forEach(p -> System.out.println("[real] PROBLEM " + p));
        assertThat(problems).isEmpty();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() > 140 ? one.substring(0, 140) + "…" : one;
    }
}
