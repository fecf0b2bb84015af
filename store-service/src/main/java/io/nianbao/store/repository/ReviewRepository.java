package io.nianbao.store.repository;

import io.nianbao.store.domain.ReviewDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reviewers' decisions (table finding_reviews), by document, rule id and location. */
@ApplicationScoped
public class ReviewRepository {
    @Inject
    EntityManager em;

    public record Review(String documentId, String ruleId, String location, String decision, String reason,
                         String reviewer, OffsetDateTime decidedAt) {
        public String key() {
            return key(documentId, ruleId, location);
        }

        public static String key(String documentId, String ruleId, String location) {
            return documentId + '\u0000' + ruleId + '\u0000' + location;
        }
    }

    /** Inserts or replaces the decision on (document, rule, location). */
    public void upsert(ReviewDecision d, String reviewer) {
        em.createNativeQuery("insert into finding_reviews (document_id, rule_id, location, decision, reason, reviewer, decided_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, now())"
                        + " on conflict (document_id, rule_id, location) do update set decision = excluded.decision,"
                        + " reason = excluded.reason, reviewer = excluded.reviewer, decided_at = excluded.decided_at")
                .setParameter(1, d.documentId()).setParameter(2, d.ruleId()).setParameter(3, d.location())
                .setParameter(4, d.decision()).setParameter(5, d.reason()).setParameter(6, reviewer)
                .executeUpdate();
    }

    public boolean delete(String documentId, String ruleId, String location) {
        return em.createNativeQuery("delete from finding_reviews where document_id = ?1 and rule_id = ?2 and location = ?3")
                .setParameter(1, documentId).setParameter(2, ruleId).setParameter(3, location).executeUpdate() > 0;
    }

    /** Every decision on the given documents, by {@link Review#key()}. */
    public Map<String, Review> ofDocuments(Collection<String> documentIds) {
        Map<String, Review> out = new HashMap<>();
        List<String> ids = new ArrayList<>(documentIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select document_id, rule_id, location, decision, reason, reviewer, decided_at"
                    + " from finding_reviews where document_id in (:ids)").setParameter("ids", chunk).getResultList();
            for (Object[] r : rows) {
                Review v = new Review((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], toOffset(r[6]));
                out.put(v.key(), v);
            }
        }
        return out;
    }

    static OffsetDateTime toOffset(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}
