package io.nianbao.store.domain;

import java.util.Locale;

/**
 * A reviewer's decision on a finding: confirmed (the report is wrong there) or dismissed (a false alarm), with the
 * reason. Checked here, before anything is written: a precise message for each refusal.
 */
public record ReviewDecision(String documentId, String ruleId, String location, String decision, String reason) {
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";
    public static final int MAX_REASON = 2000;

    /** The same decision, trimmed and checked; IllegalArgumentException (a 400) naming what is wrong. */
    public ReviewDecision validated() {
        String d = decision == null ? "" : decision.trim().toLowerCase(Locale.ROOT);
        if (!d.equals(CONFIRMED) && !d.equals(DISMISSED)) {
            throw new IllegalArgumentException("decision must be confirmed or dismissed: " + decision);
        }
        if (documentId == null || !documentId.trim().matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("documentId must be the 64 lower-case hex characters of a SHA-256: " + documentId);
        }
        if (ruleId == null || ruleId.isBlank() || ruleId.length() > 64) {
            throw new IllegalArgumentException("ruleId is required (at most 64 characters)");
        }
        if (location == null || location.isBlank() || location.length() > FindingLocation.MAX_LENGTH) {
            throw new IllegalArgumentException("location is required (the finding's location as the report view gives it)");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new IllegalArgumentException("reason is required: say why the finding is " + d);
        }
        if (r.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters: " + r.length());
        }
        return new ReviewDecision(documentId.trim(), ruleId.trim(), location.trim(), d, r);
    }
}
