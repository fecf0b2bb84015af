package io.nianbao.store.domain;

import java.util.Objects;

/**
 * What to do with a validated record given what is stored for its documentId. Idempotency is by documentId:
 * the same event replayed stores nothing new. A record of the same document from a newer rule set (or parser)
 * replaces the stored one: its record, tables and sections, and all of validate-service's findings; the
 * history findings are recomputed. A record from an older rule set than the stored one is stale and ignored.
 */
public enum StoreDecision {
    NEW, DUPLICATE, REPLACE, STALE;

    public static StoreDecision decide(boolean stored, String storedRuleSet, String storedParser,
                                       String incomingRuleSet, String incomingParser) {
        if (!stored) {
            return NEW;
        }
        int rules = Versions.compare(incomingRuleSet, storedRuleSet);
        if (rules < 0) {
            return STALE;
        }
        if (rules > 0) {
            return REPLACE;
        }
        int parser = Versions.compare(incomingParser, storedParser);
        if (parser > 0) {
            return REPLACE;
        }
        return parser < 0 ? STALE : DUPLICATE;
    }

    /** Compares dotted versions numerically where segments are numbers ("1.10" > "1.9"); null is the oldest. */
    public static final class Versions {
        private Versions() {
        }

        public static int compare(String a, String b) {
            if (Objects.equals(a, b)) {
                return 0;
            }
            if (a == null) {
                return -1;
            }
            if (b == null) {
                return 1;
            }
            String[] x = a.split("[.\\-+]");
            String[] y = b.split("[.\\-+]");
            for (int i = 0; i < Math.max(x.length, y.length); i++) {
                String p = i < x.length ? x[i] : "0";
                String q = i < y.length ? y[i] : "0";
                int c;
                if (p.matches("\\d{1,18}") && q.matches("\\d{1,18}")) {
                    c = Long.compare(Long.parseLong(p), Long.parseLong(q));
                } else {
                    c = p.compareTo(q);
                }
                if (c != 0) {
                    return Integer.signum(c);
                }
            }
            return 0;
        }
    }
}
