package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.marketplace.application.Opportunity;
import nl.pmohub.marketplace.application.OpportunityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Open requests that fit the signed-in professional, and their answers (tokens of realm {@code pmohub}, role {@code professional}). */
@Path("marketplace/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace: professionals")
public class OpportunityResource {

    /** A professional's answer. */
    @Schema(name = "AnswerRequest")
    public record Answer(@Schema(description = "true: interested; false: not") boolean interested) {
    }

    @Inject
    OpportunityService opportunities;

    @GET
    @Operation(summary = "Requests that fit you", description = "Open requests whose level, required skills, rate, start and distance you meet "
            + "and whose period you are not away for whole, newest first (at most 50), without the client's name, with the days of the period "
            + "you plan to be away (absentDays) and your answer if you gave one. Empty until your profile is vetted.")
    public List<Opportunity> fitting() {
        return opportunities.fitting();
    }

    @PUT
    @Path("{id}/answer")
    @Operation(summary = "Answer a request", description = "Interested or not; a later answer replaces an earlier one. Three interested answers "
            + "make the client's shortlist.")
    @APIResponse(responseCode = "404", description = "No such open request that fits you")
    @APIResponse(responseCode = "409", description = "The request is no longer open")
    public Opportunity answer(@PathParam("id") UUID id, Answer answer) {
        return opportunities.answer(id, answer != null && answer.interested());
    }
}
