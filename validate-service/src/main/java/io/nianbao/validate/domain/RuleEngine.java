package io.nianbao.validate.domain;

import io.nianbao.contract.ComponentVersion;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.domain.rules.ParseIncompleteRule;
import io.nianbao.validate.domain.rules.RuleFailedRule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs every applicable rule of a {@link RuleRegistry} over a record and writes findings, summary and
 * ruleSetVersion. Deterministic and idempotent: the output depends only on the input record and the rule set, findings
 * come in registry order, and findings a previous run of this service left on the record are replaced (those of other
 * origins, e.g. the store's history rules, are kept).
 *
 * <p>No silent failure: a rule that throws is reported as a RULE_FAILED finding (when the failure handler does not
 * rethrow), and a record with RULE_FAILED or PARSE_INCOMPLETE findings has the summary status {@code incomplete},
 * never {@code clean}. The rule-set version is {@code rules-<RELEASE>+<hash>} ({@link ComponentVersion}): RELEASE is
 * raised by hand when the rules change on purpose, the hash covers every rule's id, severity and version.
 */
public final class RuleEngine {
    /** Raised when the rules change on purpose; records of release 1 carried {@code rules-1.0+…} (release 0). */
    public static final int RELEASE = 2;
    public static final String STATUS_INCOMPLETE = "incomplete";
    private static final RuleFailedRule RULE_FAILED = new RuleFailedRule();

    private final RuleRegistry registry;
    private final String ruleSetVersion;
    private final BiConsumer<Rule, RuntimeException> onRuleFailure;

    public RuleEngine(RuleRegistry registry) {
        this(registry, (rule, e) -> {
            throw e;
        });
    }

    /** @param onRuleFailure called when a rule throws; the record is then validated without that rule's findings */
    public RuleEngine(RuleRegistry registry, BiConsumer<Rule, RuntimeException> onRuleFailure) {
        this.registry = registry;
        this.onRuleFailure = onRuleFailure;
        this.ruleSetVersion = version(registry);
    }

    public RuleRegistry registry() {
        return registry;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /** Findings of all applicable rules, in registry order. */
    public List<ReportRecord.Finding> findings(ReportRecord record) {
        List<ReportRecord.Finding> out = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (!rule.appliesTo(record)) {
                continue;
            }
            try {
                out.addAll(rule.check(record));
            } catch (RuntimeException e) {
                onRuleFailure.accept(rule, e);
                out.add(RULE_FAILED.failure(record, rule, e));
            }
        }
        return out;
    }

    /** Validates the record in place and returns it. */
    public ReportRecord validate(ReportRecord record) {
        List<ReportRecord.Finding> kept = new ArrayList<>();
        if (record.findings != null) {
            record.findings.stream()
                    .filter(f -> f.origin != null && !Findings.ORIGIN.equals(f.origin))
                    .forEach(kept::add);
        }
        record.findings = null;
        List<ReportRecord.Finding> all = new ArrayList<>(findings(record));
        all.addAll(kept);
        record.findings = all;
        record.summary = summary(all);
        record.ruleSetVersion = ruleSetVersion;
        return record;
    }

    public static ReportRecord.Summary summary(List<ReportRecord.Finding> findings) {
        ReportRecord.Summary s = new ReportRecord.Summary();
        for (ReportRecord.Finding f : findings) {
            switch (f.severity) {
                case Severity.ERROR -> s.errors++;
                case Severity.WARNING -> s.warnings++;
                default -> s.infos++;
            }
        }
        boolean incomplete = findings.stream().anyMatch(f -> Findings.ORIGIN.equals(f.origin)
                && (RuleFailedRule.ID.equals(f.ruleId) || ParseIncompleteRule.ID.equals(f.ruleId)));
        s.status = incomplete ? STATUS_INCOMPLETE : s.errors > 0 ? "errors" : s.warnings > 0 ? "warnings" : "clean";
        if (incomplete) {
            s.reasons = findings.stream().filter(f -> Findings.ORIGIN.equals(f.origin)
                            && (RuleFailedRule.ID.equals(f.ruleId) || ParseIncompleteRule.ID.equals(f.ruleId)))
                    .map(f -> f.ruleId + ": " + f.messageEn).toList();
        }
        return s;
    }

    /** rules-RELEASE+ and the first 12 hex digits of SHA-256 over "id:severity:version" of every rule. */
    static String version(RuleRegistry registry) {
        StringBuilder sb = new StringBuilder();
        for (Rule r : registry.rules()) {
            sb.append(r.id()).append(':').append(r.severity()).append(':').append(r.version()).append('\n');
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return ComponentVersion.of(ComponentVersion.RULES, RELEASE, HexFormat.of().formatHex(h).substring(0, 12)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
