package nl.pmohub.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.pmohub.reporting.application.ProgressReportService;
import nl.pmohub.reporting.application.ReportDocument;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.domain.ReportCadence;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The progress reports of one project: its history, the next draft, writing, handing in, approving or
 * returning, revising an approved report, and the steering-group PDF. Changes need If-Match with the ETag.
 */
@Path("t/{tenant}/projects/{projectId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports", description = "Voortgangsrapportage: RAG per dimension, figures from the registers, approval and PDF")
@APIResponse(responseCode = "404", description = "No such organisation, project or report")
@APIResponse(responseCode = "409", description = "A rule refuses it: the report is handed in or approved, a text it needs is missing, "
        + "your own report, another report is still open, or the project is closed; `errors` names the field")
public class ReportResource extends ProjectScoped {

    @Inject
    ProgressReportService reports;

    @GET
    @Operation(summary = "The project's report history", description = "Newest period first; of a period the latest revision first.")
    public List<ReportSummaryResponse> history() {
        return reports.history(projectId).stream().map(ReportSummaryResponse::of).toList();
    }

    @POST
    @Operation(summary = "Start the next report",
            description = "A draft over the latest ended period without a report (or the current one), with the figures of the budget, hours and "
                    + "plan as they stand now and RAG suggested for time, cost and risk. Refused while another report is not decided yet.")
    @APIResponse(responseCode = "201", description = "The draft; ETag set", content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public Response draft(@Context UriInfo uri) {
        return EntityTags.created(uri, reports.draftNext(projectId), ReportResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a report")
    @APIResponse(responseCode = "200", description = "The report; ETag set", content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(reports.get(projectId, id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(ReportDocument.MEDIA_TYPE)
    @Operation(summary = "The report as a steering-group PDF", description = "In Dutch or English: `lang`, else the first of Accept-Language, else Dutch.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ReportDocument.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id, @QueryParam("lang") @Parameter(description = "nl or en") String lang, @Context HttpHeaders headers) {
        Locale locale = language(lang, headers);
        ReportDocumentView report = reports.get(projectId, id);
        String name = "%s-%s-r%d-%s.pdf".formatted(report.projectCode(), report.period().startDate(), report.revision(), locale.getLanguage());
        return Response.ok(reports.pdf(projectId, id, locale), ReportDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Write a report", description = "A draft or a returned report. Requires If-Match.")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReportContentRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return ok(reports.edit(projectId, id, version, request == null ? null : request.toContent()));
    }

    @POST
    @Path("{id}/refresh")
    @Operation(summary = "Take the figures again", description = "A draft or returned report takes the registers' figures as they stand today. Requires If-Match.")
    public Response refresh(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(reports.refreshFigures(projectId, id, EntityTags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Hand a report in", description = "Needs what was achieved and what is planned, and issues when anything is amber or red. Requires If-Match.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(reports.submit(projectId, id, EntityTags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a report", description = "The PMO and administrators, not for a report they handed in. Final. Requires If-Match.")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(reports.approve(projectId, id, EntityTags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return a report to its author", description = "With a comment that says why. Requires If-Match.")
    public Response returnToAuthor(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return ok(reports.returnToAuthor(projectId, id, version, request == null ? null : request.toNote()));
    }

    @POST
    @Path("{id}/revise")
    @Operation(summary = "Correct an approved report", description = "Starts a new revision of its period as a draft; the approved one stays as it was. Requires If-Match.")
    @APIResponse(responseCode = "201", description = "The new revision; ETag set", content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        ReportDocumentView revision = reports.revise(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.created(uri.getBaseUriBuilder().path(ReportResource.class).path(revision.id().toString()).build(tenant, projectId))
                .entity(ReportResponse.of(revision)).tag(EntityTags.of(revision.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Throw a draft away", description = "Only a draft never handed in. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response discard(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reports.discard(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("schedule")
    @Operation(summary = "How often the project reports")
    public ScheduleResponse schedule() {
        return ScheduleResponse.of(reports.schedule(projectId));
    }

    @PUT
    @Path("schedule")
    @Operation(summary = "Set how often the project reports",
            description = "Without If-Match only while the project keeps the default (version -1); after that with If-Match (412 otherwise).")
    public ScheduleResponse changeSchedule(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ScheduleRequest request) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
        ReportCadence cadence = Inputs.enumValue(ReportCadence.class, "cadence", request == null ? null : request.cadence());
        return ScheduleResponse.of(reports.changeSchedule(projectId, version, cadence));
    }

    private static Response ok(ReportDocumentView report) {
        return EntityTags.ok(report, ReportResponse::of);
    }

    private static Locale language(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(Inputs.enumValue(DocumentLanguage.class, "lang", lang).name().toLowerCase(Locale.ROOT));
        }
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter(l -> l.equals("en") || l.equals("nl")).findFirst()
                .map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("nl"));
    }

    private enum DocumentLanguage { NL, EN }
}
