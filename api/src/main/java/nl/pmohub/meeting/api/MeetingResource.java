package nl.pmohub.meeting.api;

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
import nl.pmohub.meeting.api.MeetingWire.AgendaItemRequest;
import nl.pmohub.meeting.api.MeetingWire.AttendanceRequest;
import nl.pmohub.meeting.api.MeetingWire.MeetingRequest;
import nl.pmohub.meeting.api.MeetingWire.MeetingResponse;
import nl.pmohub.meeting.api.MeetingWire.MinutesResponse;
import nl.pmohub.meeting.application.MeetingMinutes;
import nl.pmohub.meeting.application.MeetingService;
import nl.pmohub.meeting.application.MinutesDocument;
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
import java.util.Locale;
import java.util.UUID;

/**
 * The meetings of one project and their minutes: agenda items with minutes and attendance. The meeting's ETag covers its
 * agenda and attendance, so every change of them needs If-Match with it and answers the minutes with the new ETag.
 */
@Path("t/{tenant}/projects/{projectId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings with agenda, minutes and attendance; decisions, actions and lessons")
@APIResponse(responseCode = "404", description = "No such organisation, project, meeting or agenda item")
@APIResponse(responseCode = "409", description = "The project is closed")
public class MeetingResource extends ProjectScoped {

    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "The project's meetings", description = "Latest first, with counts of agenda items, attendees and open actions.")
    public List<MeetingResponse> list() {
        return meetings.ofProject(projectId).stream().map(MeetingResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting with its minutes", description = "Agenda with minutes, attendance, decisions and actions recorded in it.")
    public Response get(@PathParam("id") UUID id) {
        return minutes(meetings.minutes(projectId, id));
    }

    @POST
    @Operation(summary = "Schedule a meeting", description = "Project managers, the PMO and administrators, on open projects.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response schedule(MeetingRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, meetings.schedule(projectId, request == null ? null : request.toDetails()), MeetingResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a meeting's title, start, location or chair", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MeetingRequest request) {
        return EntityTags.ok(meetings.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                MeetingResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a meeting", description = "With its agenda and attendance; decisions and actions recorded in it stay. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        meetings.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/agenda")
    @Operation(summary = "Put an item at the end of the agenda", description = "Requires If-Match with the meeting's ETag; answers the minutes.")
    public Response addItem(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AgendaItemRequest request) {
        return minutes(meetings.addItem(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()));
    }

    @PUT
    @Path("{id}/agenda/{itemId}")
    @Operation(summary = "Reword an agenda item or take its minutes", description = "Requires If-Match with the meeting's ETag; answers the minutes.")
    public Response reviseItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               AgendaItemRequest request) {
        return minutes(meetings.reviseItem(projectId, id, itemId, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()));
    }

    @POST
    @Path("{id}/agenda/{itemId}/up")
    @Operation(summary = "Move an agenda item one place up", description = "Requires If-Match with the meeting's ETag; answers the minutes.")
    public Response moveItemUp(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return minutes(meetings.moveItemUp(projectId, id, itemId, EntityTags.requiredVersion(ifMatch)));
    }

    @DELETE
    @Path("{id}/agenda/{itemId}")
    @Operation(summary = "Take an item off the agenda", description = "Requires If-Match with the meeting's ETag; answers the minutes.")
    public Response removeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return minutes(meetings.removeItem(projectId, id, itemId, EntityTags.requiredVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/attendees")
    @Operation(summary = "Record attendance", description = "Stakeholders of the project, present or absent; replaces the list recorded before. "
            + "Requires If-Match with the meeting's ETag; answers the minutes.")
    public Response attendance(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AttendanceRequest request) {
        return minutes(meetings.recordAttendance(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toAttendance()));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(MinutesDocument.MEDIA_TYPE)
    @Operation(summary = "The minutes as PDF", description = "In the language asked for (lang), else the first of Accept-Language, else Dutch.")
    public Response pdf(@PathParam("id") UUID id, @QueryParam("lang") @Parameter(description = "nl or en") String lang, @Context HttpHeaders headers) {
        Locale locale = language(lang, headers);
        return Response.ok(meetings.pdf(projectId, id, locale), MinutesDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + "-" + locale.getLanguage() + ".pdf\"").build();
    }

    private static Response minutes(MeetingMinutes minutes) {
        return Response.ok(MinutesResponse.of(minutes)).tag(EntityTags.of(minutes.meeting().version())).build();
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
