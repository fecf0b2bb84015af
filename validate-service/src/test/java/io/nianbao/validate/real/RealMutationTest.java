package io.nianbao.validate.real;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.template.Quantities;
import io.nianbao.template.Rows;
import io.nianbao.validate.domain.Breakdowns;
import io.nianbao.validate.domain.Doubt;
import io.nianbao.validate.domain.RuleEngine;
import io.nianbao.validate.domain.RuleRegistry;
import io.nianbao.validate.domain.Severity;
import io.nianbao.validate.domain.Stated;
import io.nianbao.validate.domain.TextSpans;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations of the real documents' TEXT, then the real parser, then the rules: one number of a table row's text
 * (section 三 newReceived.total, the 总计 row's 自然人 cell, section 四's 行政复议 总计) or one stated figure of a
 * sentence (applications received, a part of a breakdown) is changed, and the rule that the change breaks must fire.
 * A mutation is made only where the number stands as a token of its own (a flattened digit run would change the
 * reading, not the number). Prints per rule: mutations made, detected, declined because the parser marked the cells in
 * doubt; fails when a mutation on cells read without doubt is missed, or when the unmutated text gives a false alarm.
 */
class RealMutationTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?![\\d.])");
    private final RuleEngine engine = new RuleEngine(RuleRegistry.standard());

    record Mutant(String rule, String what, String text) {
    }

    @Test
    void mutationsOfTheTextAreFoundByTheRuleTheyBreak() {
        Map<String, int[]> perRule = new TreeMap<>(); // made, detected, declined (doubt)
        List<String> missed = new ArrayList<>();
        for (var e : RealDocuments.all().entrySet()) {
            Path file = e.getValue();
            ReportRecord first = RealDocuments.parse(RealDocuments.extract(file), file.getFileName().toString());
            String text = first.text;
            ReportRecord base = engine.validate(RealDocuments.parseText(text, List.of(), e.getKey()));
            for (Mutant m : mutants(base)) {
                if (fires(base, m.rule())) {
                    continue; // already fired on the real text: nothing to learn
                }
                ReportRecord r = engine.validate(RealDocuments.parseText(m.text(), List.of(), e.getKey()));
                int[] t = perRule.computeIfAbsent(m.rule(), k -> new int[3]);
                t[0]++;
                boolean hit = fires(r, m.rule());
                System.out.println("[real-mutation] " + e.getKey() + " (" + file.getFileName() + "): " + m.what() + " -> "
                        + m.rule() + (hit ? " found" : " not found"));
                if (hit) {
                    t[1]++;
                } else if (!Doubt.of(r).isEmpty()) {
                    t[2]++;
                    System.out.println("[real-mutation] declined (parser in doubt) " + e.getKey() + ": " + m.what());
                } else {
                    missed.add(e.getKey() + ": " + m.what() + " -> " + r.findings.stream().map(f -> f.ruleId).toList());
                }
            }
        }
        int made = 0;
        int found = 0;
        for (var t : perRule.entrySet()) {
            int[] v = t.getValue();
            made += v[0];
            found += v[1];
            System.out.printf("[real-mutation] %-18s made %2d, detected %2d, declined (cells in doubt) %2d, recall %.0f%%%n",
                    t.getKey(), v[0], v[1], v[2], 100.0 * v[1] / v[0]);
        }
        System.out.printf("[real-mutation] all: %d made, %d detected%n", made, found);
        missed.forEach(m -> System.out.println("[real-mutation] MISSED " + m));
        assertThat(made).as("mutations made on the real documents").isGreaterThanOrEqualTo(15);
        assertThat(missed).isEmpty();
    }

    private static boolean fires(ReportRecord r, String rule) {
        return r.findings.stream().anyMatch(f -> f.ruleId.equals(rule) && !Severity.INFO.equals(f.severity));
    }

    private List<Mutant> mutants(ReportRecord base) {
        List<Mutant> out = new ArrayList<>();
        if (base.applications != null) {
            appCell(base, "newReceived", 6).ifPresent(m -> out.add(new Mutant("APP_TOTAL_COLUMN",
                    "newReceived.total +1 in the row's text", m)));
            appCell(base, "total", 0).ifPresent(m -> out.add(new Mutant("APP_TOTAL_ROW",
                    "total.naturalPerson +1 in the row's text", m)));
            appCell(base, "carriedForward", 6).ifPresent(m -> out.add(new Mutant("APP_BALANCE",
                    "carriedForward.total +1 in the row's text", m)));
        }
        if (base.reviewLitigation != null) {
            reviewTotal(base).ifPresent(m -> out.add(new Mutant("REVIEW_TOTAL", "review.total +1 in section 四's text", m)));
        }
        statedApplications(base).ifPresent(m -> out.add(new Mutant("TEXT_APPLICATIONS",
                "the stated applications received +5 in the sentence", m)));
        breakdownPart(base).ifPresent(m -> out.add(new Mutant("TEXT_BREAKDOWN", "one part of a breakdown +1 in the sentence", m)));
        return out;
    }

    /** The text with one cell of a section-三 row +1, when the row's seven values stand as seven tokens after its label. */
    private static Optional<String> appCell(ReportRecord base, String rowKey, int column) {
        List<BigDecimal> row = base.applications.get(rowKey);
        Optional<TextSpans.Span> sec = TextSpans.sectionSpan(base, 3);
        if (row == null || sec.isEmpty() || row.size() < 7 || row.stream().anyMatch(v -> v == null)) {
            return Optional.empty();
        }
        Rows.Row spec = Rows.application(rowKey);
        String numbering = String.join("|", spec.numberingForms().stream().map(Pattern::quote).toList());
        // the row's own label with its printed numbering (（七）总计), not the column header 总计
        Matcher label = Pattern.compile("(?:" + numbering + ")\\s*(?:" + spec.anchor().pattern() + ")").matcher(base.text);
        label.region(sec.get().start(), sec.get().end());
        while (label.find()) {
            Matcher n = NUMBER.matcher(base.text);
            n.region(label.end(), sec.get().end());
            List<int[]> tokens = new ArrayList<>();
            while (tokens.size() < 7 && n.find()) {
                tokens.add(new int[] {n.start(), n.end()});
            }
            if (tokens.size() == 7 && matches(base.text, tokens, row)) {
                return Optional.of(plusOne(base.text, tokens.get(column)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String text, List<int[]> tokens, List<BigDecimal> values) {
        for (int i = 0; i < tokens.size(); i++) {
            if (new BigDecimal(text.substring(tokens.get(i)[0], tokens.get(i)[1])).compareTo(values.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Section 四's 行政复议 总计 (the fifth of the fifteen numbers after the header), when they stand as tokens. */
    private static Optional<String> reviewTotal(ReportRecord base) {
        Optional<TextSpans.Span> sec = TextSpans.sectionSpan(base, 4);
        Map<String, BigDecimal> review = base.reviewLitigation.get("review");
        if (sec.isEmpty() || review == null || review.values().stream().anyMatch(v -> v == null)) {
            return Optional.empty();
        }
        int from = base.text.indexOf("尚未审结", sec.get().start());
        if (from < 0 || from > sec.get().end()) {
            return Optional.empty();
        }
        Matcher n = NUMBER.matcher(base.text);
        n.region(from, sec.get().end());
        List<int[]> tokens = new ArrayList<>();
        while (tokens.size() < 15 && n.find()) {
            tokens.add(new int[] {n.start(), n.end()});
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String g : TemplateKeys.REVIEW_GROUPS) {
            for (String c : TemplateKeys.REVIEW_COLUMNS) {
                values.add(base.reviewLitigation.get(g) == null ? null : base.reviewLitigation.get(g).get(c));
            }
        }
        if (tokens.size() < 15 || values.contains(null) || !matches(base.text, tokens, values)) {
            return Optional.empty();
        }
        return Optional.of(plusOne(base.text, tokens.get(4)));
    }

    /** The stated number of applications received +5, where it agrees with a table cell read without doubt. */
    private static Optional<String> statedApplications(ReportRecord base) {
        List<BigDecimal> row = base.applications == null ? null : base.applications.get("newReceived");
        if (row == null || row.size() < 7 || row.get(6) == null) {
            return Optional.empty();
        }
        for (ReportRecord.StatedFigure f : Stated.of(base, Quantities.APPLICATIONS_RECEIVED)) {
            if (f.value == null || f.value.compareTo(row.get(6)) != 0 || f.value.signum() == 0) {
                continue;
            }
            Matcher n = NUMBER.matcher(base.text);
            n.region(f.start, f.end);
            while (n.find()) {
                if (new BigDecimal(n.group()).compareTo(f.value) == 0) {
                    return Optional.of(base.text.substring(0, n.start()) + f.value.add(BigDecimal.valueOf(5)).toPlainString()
                            + base.text.substring(n.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** One part of a breakdown that adds up, +1 (the last part, whose number stands last in its span). */
    private static Optional<String> breakdownPart(ReportRecord base) {
        if (base.figures == null) {
            return Optional.empty();
        }
        for (ReportRecord.StatedFigure f : base.figures) {
            var bd = Breakdowns.of(base, f);
            if (bd.isEmpty() || bd.get().sum().compareTo(f.value) != 0) {
                continue;
            }
            ReportRecord.StatedFigure p = bd.get().parts().get(bd.get().parts().size() - 1);
            Matcher n = NUMBER.matcher(base.text);
            n.region(p.start, p.end);
            int[] last = null;
            while (n.find()) {
                last = new int[] {n.start(), n.end()};
            }
            if (last != null && new BigDecimal(base.text.substring(last[0], last[1])).compareTo(p.value) == 0) {
                return Optional.of(plusOne(base.text, last));
            }
        }
        return Optional.empty();
    }

    private static String plusOne(String text, int[] token) {
        BigDecimal v = new BigDecimal(text.substring(token[0], token[1])).add(BigDecimal.ONE);
        return text.substring(0, token[0]) + v.toPlainString() + text.substring(token[1]);
    }
}
