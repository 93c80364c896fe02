package nl.pmohub.hours.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.hours.application.WeekTotal;
import nl.pmohub.shared.api.EntityTags;
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

/** Weeks of hours on one project: record your own, hand them in, approve or reject other people's. */
@Path("t/{tenant}/projects/{projectId}/timesheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hours", description = "Time registration: hours per person, project and day, approved per week")
@APIResponse(responseCode = "404", description = "No such organisation, project or timesheet (or not yours to see)")
@APIResponse(responseCode = "409", description = "A rule refuses it: outside the week or the project, over 24 hours a day, the week is handed in or approved, your own week, or the project is closed; `errors` names the field")
public class TimesheetResource extends ProjectScoped {

    @Inject
    TimesheetService timesheets;

    @PUT
    @Path("mine/{weekStart}")
    @Operation(summary = "Record your hours of a week",
            description = "Opens your timesheet of the week on this project, or changes it with If-Match. Without If-Match it only opens one: "
                    + "when the week exists already the answer is 412.")
    @APIResponse(responseCode = "200", description = "Your week as it stands; ETag set", content = @Content(schema = @Schema(implementation = TimesheetResponse.class)))
    public Response record(@PathParam("weekStart") @Parameter(description = "The Monday of the week", example = "2026-11-30") String weekStart,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WeekHoursRequest request) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(timesheets.record(projectId, Inputs.date("weekStart", weekStart), version, request == null ? null : request.toHours()), TimesheetResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a week of hours", description = "Your own weeks; project managers, administrators and the PMO see everyone's.")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(timesheets.get(projectId, id), TimesheetResponse::of);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Hand in your week", description = "Locks it until the project manager decides. Requires If-Match.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(timesheets.submit(projectId, id, EntityTags.requiredVersion(ifMatch)), TimesheetResponse::of);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a week", description = "Project managers and administrators, not for their own hours. Final: the hours count as actuals. Requires If-Match.")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(timesheets.approve(projectId, id, EntityTags.requiredVersion(ifMatch)), TimesheetResponse::of);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Send a week back", description = "With a comment that says why; its person corrects and hands it in again. Requires If-Match.")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RejectionRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(timesheets.reject(projectId, id, version, request == null ? null : request.toRejection()), TimesheetResponse::of);
    }

    @GET
    @Path("weekly")
    @Operation(summary = "The project's hours per week", description = "Approved and pending (open or handed in) hours of each week with hours, oldest first.")
    public List<WeekTotal> weekly(@QueryParam("weeks") @DefaultValue("26") @Min(1) @Max(104)
                                  @Parameter(description = "How many weeks back, this one included (1–104)") int weeks) {
        return timesheets.weeksOfProject(projectId, weeks);
    }
}
