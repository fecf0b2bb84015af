package io.nianbao.store.repository;

import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.entity.ReportEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ReportEntity, String> {

    /** The list view of a report (no record JSON). */
    public static final String SUMMARY_SELECT = "select r.documentId, r.title, r.agency,"
            + " r.agencyCanonical, r.regionCode, r.reportYear, r.template, r.publishedOn, r.status, r.errors, r.warnings,"
            + " r.infos, r.current, r.supersededBy, r.parserVersion, r.ruleSetVersion, d.receivedAt, r.storedAt,"
            + " (select count(o) from ReportEntity o where o.agencyKey = r.agencyKey and o.reportYear = r.reportYear"
            + " and o.documentId <> r.documentId)"
            + " from ReportEntity r left join DocumentEntity d on d.id = r.documentId";

    public List<ReportSummary> search(ReportFilter filter, SortSpec sort, int offset, int limit) {
        ReportQuery q = ReportQuery.of(filter);
        TypedQuery<ReportSummary> query = getEntityManager()
                .createQuery(SUMMARY_SELECT + q.where + ReportQuery.orderBy(sort), ReportSummary.class);
        bind(query, q.params);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(ReportFilter filter) {
        ReportQuery q = ReportQuery.of(filter);
        TypedQuery<Long> query = getEntityManager().createQuery("select count(r) from ReportEntity r" + q.where, Long.class);
        bind(query, q.params);
        return query.getSingleResult();
    }

    /** Documents of the same report (same agency key and year), this one included. */
    public List<ReportEntity> sameReport(String agencyKey, Integer year) {
        if (agencyKey == null || year == null) {
            return List.of();
        }
        return list("agencyKey = ?1 and reportYear = ?2", agencyKey, year);
    }

    /** The other documents of the same report, most recently published first, at most {@code limit}. */
    public List<ReportEntity> othersOfSameReport(ReportEntity r, int limit) {
        if (r.agencyKey == null || r.reportYear == null) {
            return List.of();
        }
        return find("agencyKey = ?1 and reportYear = ?2 and documentId <> ?3"
                + " order by current desc, publishedOn desc nulls last, storedAt desc, documentId", r.agencyKey, r.reportYear, r.documentId)
                .page(0, limit).list();
    }

    public long countOthersOfSameReport(ReportEntity r) {
        if (r.agencyKey == null || r.reportYear == null) {
            return 0;
        }
        return count("agencyKey = ?1 and reportYear = ?2 and documentId <> ?3", r.agencyKey, r.reportYear, r.documentId);
    }

    public ReportEntity currentOf(String agencyKey, int year) {
        return find("agencyKey = ?1 and reportYear = ?2 and current = true", agencyKey, year).firstResult();
    }

    /** The agency's current report of the latest year before {@code year}. */
    public ReportEntity previousOf(String agencyKey, int year) {
        return find("agencyKey = ?1 and reportYear < ?2 and current = true order by reportYear desc", agencyKey, year)
                .firstResult();
    }

    /** The agency's current report of the earliest year after {@code year}. */
    public ReportEntity nextOf(String agencyKey, int year) {
        return find("agencyKey = ?1 and reportYear > ?2 and current = true order by reportYear asc", agencyKey, year)
                .firstResult();
    }

    /**
     * Same-year current reports of other agencies whose narrative length makes {@code threshold} reachable,
     * closest length first, at most {@code limit}: the bounded candidate set of COPIED_TEXT.
     */
    public List<ReportEntity> copyCandidates(ReportEntity subject, int minChars, int maxChars, int limit) {
        return getEntityManager().createQuery("select r from ReportEntity r where r.reportYear = :year and r.current = true"
                                + " and r.documentId <> :id and r.agencyKey <> :agency"
                                + " and r.narrativeChars between :min and :max"
                                + " order by abs(r.narrativeChars - :n), r.documentId", ReportEntity.class)
                .setParameter("year", subject.reportYear).setParameter("id", subject.documentId)
                .setParameter("agency", subject.agencyKey).setParameter("min", minChars).setParameter("max", maxChars)
                .setParameter("n", subject.narrativeChars)
                .setMaxResults(limit).getResultList();
    }

    public List<ReportEntity> byAgency(String agency) {
        return list("agencyKey = ?1 or agency = ?1 or agencyCanonical = ?1 order by reportYear asc, current desc, documentId", agency);
    }

    static void bind(jakarta.persistence.Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }
}
