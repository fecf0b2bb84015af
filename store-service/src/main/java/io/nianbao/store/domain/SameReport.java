package io.nianbao.store.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Of several documents that are the same report (same agency, same year), which one is current. */
public final class SameReport {
    private SameReport() {
    }

    public record Candidate(String documentId, LocalDate publishedOn, Instant receivedAt) {
    }

    /**
     * The most recently published wins; publication unknown counts as older than any known date; then the most
     * recently received; then the greatest documentId (only to be deterministic).
     */
    public static final Comparator<Candidate> RECENCY = Comparator
            .comparing(Candidate::publishedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::documentId);

    /** The group from the oldest to the current (last) document, by {@link #RECENCY}. */
    public static List<Candidate> ordered(List<Candidate> group) {
        return group.stream().sorted(RECENCY).toList();
    }

    public static String current(List<Candidate> group) {
        return group.stream().max(RECENCY).map(Candidate::documentId).orElse(null);
    }
}
