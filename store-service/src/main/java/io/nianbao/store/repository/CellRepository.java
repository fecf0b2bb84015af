package io.nianbao.store.repository;

import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.entity.CellEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class CellRepository implements PanacheRepositoryBase<CellEntity, Long> {

    public List<CellEntity> ofDocument(String documentId) {
        return list("documentId = ?1 order by tableKey, position", documentId);
    }

    public List<CellEntity> ofDocument(String documentId, String tableKey) {
        return list("documentId = ?1 and tableKey = ?2 order by position", documentId, tableKey);
    }

    /** A cell of the export: the report's identity and one cell. */
    public record ExportCell(String documentId, String agency, String agencyCanonical, Integer reportYear,
                             String tableKey, String rowKey, String columnKey, BigDecimal value) {
    }

    public List<ExportCell> export(ReportFilter filter, int limit) {
        ReportQuery q = ReportQuery.of(filter);
        var query = getEntityManager().createQuery("select r.documentId, r.agency, r.agencyCanonical, r.reportYear, c.tableKey, c.rowKey, c.columnKey, c.value"
                + " from CellEntity c join ReportEntity r on r.documentId = c.documentId" + q.where
                + " order by r.reportYear, r.agencyKey, r.documentId, c.tableKey, c.position", ExportCell.class);
        ReportRepository.bind(query, q.params);
        return query.setMaxResults(limit).getResultList();
    }

    /** Region prefix, year, sum of applications.newReceived.total and number of reports, over current reports. */
    public record RegionYearSum(String region, Integer year, BigDecimal newReceived, Long reports) {
    }

    /** {@code prefixLength}: 2, 4 or 6 (inlined: a bound parameter would make PostgreSQL see two different group keys). */
    public List<RegionYearSum> applicationsByRegion(int prefixLength, Integer yearFrom, Integer yearTo) {
        String hql = "select substring(r.regionCode, 1, " + prefixLength + "), r.reportYear, sum(c.value), count(distinct r.documentId)"
                + " from CellEntity c join ReportEntity r on r.documentId = c.documentId"
                + " where c.tableKey = 'applications' and c.rowKey = 'newReceived' and c.columnKey = 'total'"
                + " and r.current = true and r.regionCode is not null and length(r.regionCode) >= " + prefixLength
                + (yearFrom != null ? " and r.reportYear >= :yearFrom" : "")
                + (yearTo != null ? " and r.reportYear <= :yearTo" : "")
                + " group by substring(r.regionCode, 1, " + prefixLength + "), r.reportYear"
                + " order by 1, 2";
        var query = getEntityManager().createQuery(hql, RegionYearSum.class);
        if (yearFrom != null) {
            query.setParameter("yearFrom", yearFrom);
        }
        if (yearTo != null) {
            query.setParameter("yearTo", yearTo);
        }
        return query.getResultList();
    }
}
