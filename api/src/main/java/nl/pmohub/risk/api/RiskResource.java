package nl.pmohub.risk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.risk.application.ActionSummary;
import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.ImportReport;
import nl.pmohub.risk.application.RiskCsv;
import nl.pmohub.risk.application.RiskService;
import nl.pmohub.risk.application.RiskSnapshot;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.application.ErrorTexts;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The risk register of one project. Writes need If-Match with the risk's ETag. */
@Path("t/{tenant}/projects/{projectId}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "Risk register: probability × impact, heat map, history, the register as it stood")
@APIResponse(responseCode = "404", description = "No such organisation, project or risk")
@APIResponse(responseCode = "409", description = "The project is closed, or residual probability and impact do not come together")
public class RiskResource extends ProjectScoped {

    @Inject
    RiskService risks;

    @GET
    @Operation(summary = "The project's register", description = "Open risks, highest score first; `closed=true` adds closed and occurred "
            + "ones; `probability` with `impact` gives the open risks of one heat-map cell.")
    public List<RiskResponseBody> list(@QueryParam("probability") @Parameter(description = "1–5, with impact") Integer probability,
                                       @QueryParam("impact") @Parameter(description = "1–5, with probability") Integer impact,
                                       @QueryParam("closed") @Parameter(description = "Include closed and occurred risks") boolean closed) {
        return risks.ofProject(projectId, probability, impact, closed).stream().map(RiskResponseBody::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a risk")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(risks.get(projectId, id), RiskResponseBody::of);
    }

    @POST
    @Operation(summary = "Raise a risk", description = "Project managers, the PMO and administrators, on open projects.")
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(schema = @Schema(implementation = RiskResponseBody.class)))
    public Response raise(RiskRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, risks.raise(projectId, request == null ? null : request.toDetails()), RiskResponseBody::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Reassess a risk", description = "Every change is kept in its history. Requires If-Match.")
    public Response reassess(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RiskRequest request) {
        return EntityTags.ok(risks.reassess(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                RiskResponseBody::of);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A risk's history", description = "Every change, oldest first: who, when, what changed, and the score it left.")
    public List<RiskSnapshot> history(@PathParam("id") UUID id) {
        return risks.history(projectId, id);
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "A risk's actions", description = "By due date, done or not.")
    public List<ActionSummary> actions(@PathParam("id") UUID id) {
        return risks.actions(projectId, id);
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Plan an action", description = "Project managers, the PMO and administrators; the risk's history says so.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = ActionSummary.class)))
    public Response plan(@PathParam("id") UUID id, ActionRequest action, @Context UriInfo uri) {
        return EntityTags.created(uri, risks.plan(projectId, id, action == null ? null : action.toDetails()), a -> a);
    }

    /** Whether an action is done. */
    @Schema(name = "RiskActionDone")
    public record Done(@Schema(description = "true: done; false: open again") boolean done) {
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    @Operation(summary = "Mark an action done (or open again)", description = "Requires If-Match.")
    public Response done(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Done done) {
        return EntityTags.ok(risks.complete(projectId, id, actionId, EntityTags.requiredVersion(ifMatch), done != null && done.done()), a -> a);
    }

    @GET
    @Path("heat-map")
    @Operation(summary = "The project's heat map", description = "Open risks counted per probability and impact (cells without risks left out).")
    public List<HeatCell> heatMap() {
        return risks.heatMap(projectId);
    }

    @GET
    @Path("csv")
    @Produces(RiskCsv.MEDIA_TYPE)
    @Operation(summary = "The register as CSV", description = "All risks, closed ones too, in the columns an import reads (RFC 4180, a header row).")
    public Response csv() {
        return Response.ok(risks.csv(projectId), RiskCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"risks.csv\"").build();
    }

    @POST
    @Path("import")
    @Consumes({RiskCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import risks from CSV", description = "The export's columns (comma or semicolon). Valid rows are raised; the report "
            + "names every refused row with its line, field and reason, in the language asked (Accept-Language).")
    public ImportReport importCsv(String csv, @Context HttpHeaders headers) {
        return risks.importCsv(projectId, csv, ErrorTexts.language(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("as-of")
    @Operation(summary = "The register as it stood", description = "Each risk as its last change before the end of that day left it.")
    public List<RiskSnapshot> asOf(@QueryParam("date") @Parameter(required = true, example = "2026-11-30") String date) {
        return risks.asOf(projectId, Inputs.date("date", date));
    }
}
