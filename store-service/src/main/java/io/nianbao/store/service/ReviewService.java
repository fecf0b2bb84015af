package io.nianbao.store.service;

import io.nianbao.store.domain.ReviewDecision;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Confirm or dismiss a finding: the decision is stored under document + rule id + location, not the finding row. */
@ApplicationScoped
public class ReviewService {
    @Inject
    FindingRepository findings;
    @Inject
    ReviewRepository reviews;

    /** Thrown when no stored finding of the document has that rule id and location. */
    public static final class NoSuchFinding extends RuntimeException {
        public NoSuchFinding(String message) {
            super(message);
        }
    }

    /** Stores (or replaces) the decision; the finding must exist now (a decision on nothing is refused). */
    @Transactional
    public ReviewDecision decide(ReviewDecision input, String reviewer) {
        ReviewDecision d = input.validated();
        if (!exists(d.documentId(), d.ruleId(), d.location())) {
            throw new NoSuchFinding("document " + d.documentId() + " has no finding " + d.ruleId() + " at " + d.location());
        }
        reviews.upsert(d, reviewer);
        return d;
    }

    /** Withdraws a decision; false when there was none. */
    @Transactional
    public boolean withdraw(String documentId, String ruleId, String location) {
        return reviews.delete(documentId, ruleId, location);
    }

    boolean exists(String documentId, String ruleId, String location) {
        List<FindingEntity> own = findings.ofDocument(documentId);
        return own.stream().anyMatch(f -> f.ruleId.equals(ruleId)
                && QueryService.locationOf(f.section, f.cells, f.spanStart, f.spanEnd).equals(location));
    }
}
