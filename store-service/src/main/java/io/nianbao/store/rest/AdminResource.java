package io.nianbao.store.rest;

import io.nianbao.contract.Topics;
import io.nianbao.store.domain.ReviewDecision;
import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.messaging.ParsedRepublisher;
import io.nianbao.store.service.QueryService;
import io.nianbao.store.service.ReviewService;
import io.nianbao.store.security.Roles;
import io.nianbao.store.service.view.RevalidateResult;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;

/** Write endpoints: every method needs an API key with role admin (see README, "Authentication"). */
@Path("/api/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    QueryService query;
    @Inject
    ParsedRepublisher republisher;
    @Inject
    ReviewService reviews;
    @Inject
    SecurityIdentity identity;

    /**
     * Republishes the parsed form of the stored records matching the filters (same filters as GET /api/reports;
     * at most {@code limit}, default 1000) to reports.parsed for validate-service to check again.
     */
    @POST
    @Path("/revalidate")
    public RevalidateResult revalidate(@BeanParam FilterParams filter, @RestQuery String limit) {
        Integer l = FilterParams.integer("limit", limit);
        int max = l == null ? 1000 : l;
        if (max < 1 || max > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000: " + max);
        }
        List<String> ids = new ArrayList<>();
        for (ReportEntity r : query.records(filter.toFilter(), max)) {
            republisher.republish(r.record);
            ids.add(r.documentId);
        }
        return new RevalidateResult(ids.size(), Topics.PARSED, ids);
    }

    /**
     * Confirms or dismisses a finding with a reason: {@code {documentId, ruleId, location, decision: confirmed|dismissed,
     * reason}}, location as GET /api/reports/{documentId} gives it. Kept across re-validation (keyed by document, rule
     * id and location); replaces an earlier decision. 400 for a bad field, 404 when the report has no such finding.
     */
    @PUT
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewDecision review(ReviewDecision body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body {documentId, ruleId, location, decision, reason} is required");
        }
        try {
            return reviews.decide(body, identity.getPrincipal().getName());
        } catch (ReviewService.NoSuchFinding e) {
            throw new ProblemMappers.UnknownResource(e.getMessage());
        }
    }

    /** Withdraws a decision: 404 when there is none. */
    @DELETE
    @Path("/reviews")
    public ReviewDecision withdraw(@RestQuery String documentId, @RestQuery String ruleId, @RestQuery String location) {
        if (documentId == null || ruleId == null || location == null) {
            throw new IllegalArgumentException("documentId, ruleId and location are required");
        }
        if (!reviews.withdraw(documentId.trim(), ruleId.trim(), location.trim())) {
            throw new ProblemMappers.UnknownResource("no decision on " + ruleId + " at " + location + " of " + documentId);
        }
        return new ReviewDecision(documentId.trim(), ruleId.trim(), location.trim(), null, null);
    }
}
