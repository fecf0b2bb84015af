package io.nianbao.store.repository;

import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.entity.FindingEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<FindingEntity, Long> {

    public List<FindingEntity> ofDocument(String documentId) {
        return list("documentId = ?1 order by id", documentId);
    }

    public List<FindingEntity> ofDocument(String documentId, String origin) {
        return list("documentId = ?1 and origin = ?2 order by id", documentId, origin);
    }

    /** Documents that hold a finding naming one of {@code related}. */
    public List<String> documentsNaming(Collection<String> related) {
        if (related.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct f.documentId from FindingEntity f"
                + " where f.relatedDocumentId in :ids", String.class).setParameter("ids", related).getResultList();
    }

    /** Severity counts of a document: [errors, warnings, infos]. */
    public int[] counts(String documentId) {
        int[] out = new int[3];
        List<Object[]> rows = getEntityManager().createQuery("select f.severity, count(f) from FindingEntity f"
                + " where f.documentId = :id group by f.severity", Object[].class).setParameter("id", documentId).getResultList();
        for (Object[] r : rows) {
            int n = ((Number) r[1]).intValue();
            switch (String.valueOf(r[0])) {
                case "error" -> out[0] += n;
                case "warning" -> out[1] += n;
                default -> out[2] += n;
            }
        }
        return out;
    }

    /** A finding of the export with its report's identity. */
    public record ExportFinding(String documentId, String agency, Integer reportYear, String ruleId, String severity,
                                Integer section, String messageZh, String messageEn, String expected, String actual,
                                String origin, String relatedDocumentId, String cells, Integer spanStart,
                                Integer spanEnd) {
    }

    public List<ExportFinding> export(ReportFilter filter, int limit) {
        ReportQuery q = ReportQuery.of(filter);
        var query = getEntityManager().createQuery("select r.documentId, r.agency, r.reportYear, x.ruleId, x.severity, x.section, x.messageZh, x.messageEn,"
                + " x.expected, x.actual, x.origin, x.relatedDocumentId, x.cells, x.spanStart, x.spanEnd"
                + " from FindingEntity x join ReportEntity r on r.documentId = x.documentId" + q.where
                + " order by r.reportYear, r.agencyKey, r.documentId, x.id", ExportFinding.class);
        ReportRepository.bind(query, q.params);
        return query.setMaxResults(limit).getResultList();
    }

    /** Rule, severity, report year, number of findings (current reports). */
    public record RuleYearCount(String ruleId, String severity, Integer year, Long findings, Long reports) {
    }

    public List<RuleYearCount> countsByRuleAndYear(Integer yearFrom, Integer yearTo) {
        String hql = "select x.ruleId, x.severity,"
                + " r.reportYear, count(x), count(distinct r.documentId)"
                + " from FindingEntity x join ReportEntity r on r.documentId = x.documentId where r.current = true"
                + (yearFrom != null ? " and r.reportYear >= :yearFrom" : "")
                + (yearTo != null ? " and r.reportYear <= :yearTo" : "")
                + " group by x.ruleId, x.severity, r.reportYear order by x.ruleId, r.reportYear";
        var query = getEntityManager().createQuery(hql, RuleYearCount.class);
        if (yearFrom != null) {
            query.setParameter("yearFrom", yearFrom);
        }
        if (yearTo != null) {
            query.setParameter("yearTo", yearTo);
        }
        return query.getResultList();
    }

    /** Rule, severity, origin, findings: the rules seen in the store. */
    public record RuleSeen(String ruleId, String severity, String origin, Long findings) {
    }

    public List<RuleSeen> rulesSeen() {
        return getEntityManager().createQuery("select x.ruleId, x.severity, x.origin, count(x) from FindingEntity x group by x.ruleId, x.severity, x.origin"
                + " order by x.ruleId", RuleSeen.class).getResultList();
    }
}
