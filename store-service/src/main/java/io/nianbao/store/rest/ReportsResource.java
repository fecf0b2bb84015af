package io.nianbao.store.rest;

import io.nianbao.contract.DocumentIds;
import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.repository.ReportSummary;
import io.nianbao.store.service.QueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.nianbao.store.service.view.ReportDetail;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    @Inject
    QueryService query;
    @Inject
    StoreConfig config;

    /** Paginated (page from 0), sorted (sort=year,-publishedOn), filtered list: {items, page, size, total}. */
    @GET
    public QueryService.Page<ReportSummary> list(@BeanParam FilterParams filter, @RestQuery String page,
                                                 @RestQuery String size, @RestQuery String sort) {
        Integer p = FilterParams.integer("page", page);
        Integer s = FilterParams.integer("size", size);
        int pageNo = p == null ? 0 : p;
        int pageSize = s == null ? 20 : s;
        if (pageNo < 0) {
            throw new IllegalArgumentException("page must be >= 0: " + pageNo);
        }
        if (pageSize < 1 || pageSize > config.maxPageSize()) {
            throw new IllegalArgumentException("size must be between 1 and " + config.maxPageSize() + ": " + pageSize);
        }
        return query.search(filter.toFilter(), SortSpec.parse(sort), pageNo, pageSize);
    }

    /** One report with its tables, sections and findings; 400 for a malformed id, 404 when unknown. */
    @GET
    @Path("/{documentId}")
    public ReportDetail get(@RestPath String documentId) {
        documentId = documentId.trim().toLowerCase(java.util.Locale.ROOT);
        if (!DocumentIds.isValid(documentId)) {
            throw new IllegalArgumentException("documentId must be the 64 lower-case hex characters of a SHA-256: " + documentId);
        }
        ReportDetail detail = query.detail(documentId);
        if (detail == null) {
            throw new ProblemMappers.UnknownResource("no report with documentId " + documentId);
        }
        return detail;
    }
}
