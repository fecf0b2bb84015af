package io.nianbao.store.domain;

import io.nianbao.contract.ComponentVersion;

/**
 * What to do with a validated record given what is stored for its documentId. Idempotency is by documentId:
 * the same event replayed stores nothing new. Versions are {@link ComponentVersion}s
 * ({@code rules-<release>+<hash>}, {@code parse-<release>+<hash>}): a newer rule-set release replaces the stored
 * record (record, tables, sections and all of validate-service's findings; the history findings are recomputed),
 * an older one is stale and ignored; with the same rule set the parser version decides the same way. Two builds
 * of one release with different hashes are {@link ComponentVersion.Order#CONCURRENT}: the newest arrival (from a
 * deployed build) wins, and the caller logs it.
 */
public enum StoreDecision {
    NEW, DUPLICATE, REPLACE, STALE;

    /** The decision and, when versions were concurrent, which component was. */
    public record Verdict(StoreDecision decision, String concurrent) {
        public boolean wasConcurrent() {
            return concurrent != null;
        }
    }

    public static StoreDecision decide(boolean stored, String storedRuleSet, String storedParser,
                                       String incomingRuleSet, String incomingParser) {
        return judge(stored, storedRuleSet, storedParser, incomingRuleSet, incomingParser).decision();
    }

    public static Verdict judge(boolean stored, String storedRuleSet, String storedParser,
                                String incomingRuleSet, String incomingParser) {
        if (!stored) {
            return new Verdict(NEW, null);
        }
        switch (ComponentVersion.compare(incomingRuleSet, storedRuleSet)) {
            case NEWER:
                return new Verdict(REPLACE, null);
            case OLDER:
                return new Verdict(STALE, null);
            case CONCURRENT:
                return new Verdict(REPLACE, "rule set " + storedRuleSet + " -> " + incomingRuleSet);
            default:
                break;
        }
        return switch (ComponentVersion.compare(incomingParser, storedParser)) {
            case NEWER -> new Verdict(REPLACE, null);
            case OLDER -> new Verdict(STALE, null);
            case CONCURRENT -> new Verdict(REPLACE, "parser " + storedParser + " -> " + incomingParser);
            case SAME -> new Verdict(DUPLICATE, null);
        };
    }
}
