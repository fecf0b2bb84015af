package io.nianbao.store.rest;

import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.domain.Tabular;
import io.nianbao.store.service.ExportService;
import io.nianbao.store.service.Xlsx;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** GET /api/exports/{reports|cells|findings}.{csv|xlsx}, filtered like GET /api/reports. */
@Path("/api/exports")
public class ExportsResource {
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService exports;

    @GET
    @Path("/{kind}.{format}")
    public Response export(@RestPath String kind, @RestPath String format, @BeanParam FilterParams filter,
                           @RestQuery String sort) {
        if (!ExportService.KINDS.contains(kind)) {
            throw new ProblemMappers.UnknownResource("unknown export '" + kind + "'; known: " + ExportService.KINDS);
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ProblemMappers.UnknownResource("unknown format '" + format + "'; known: csv, xlsx");
        }
        Tabular t = exports.table(kind, filter.toFilter(), SortSpec.parse(sort));
        boolean csv = format.equals("csv");
        return Response.ok(csv ? ExportService.csv(t) : Xlsx.write(t))
                .type(csv ? CSV : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + kind + "." + format + "\"")
                .build();
    }
}
