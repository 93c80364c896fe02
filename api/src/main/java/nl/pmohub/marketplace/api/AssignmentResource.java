package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.marketplace.application.AgreementDocument;
import nl.pmohub.marketplace.application.AssignmentService;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The signed-in professional's agreements and engagements (tokens of realm {@code pmohub}, role {@code professional}). */
@Path("marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace: professionals")
@APIResponse(responseCode = "404", description = "No such agreement of yours")
@APIResponse(responseCode = "409", description = "Not the latest version, the agreement is closed, or the terms break a rule; `errors` names the field")
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @GET
    @Path("agreements")
    @Operation(summary = "Your agreements", description = "Offered to you by clients, newest first, with every version.")
    public List<AgreementResponse> agreements() {
        return assignments.agreements().stream().map(AgreementResponse::of).toList();
    }

    @GET
    @Path("agreements/{id}")
    @Operation(summary = "Read one of your agreements")
    public Response agreement(@PathParam("id") UUID id) {
        return EntityTags.ok(assignments.agreement(id), AgreementResponse::of);
    }

    @GET
    @Path("agreements/{id}/document")
    @Produces(AgreementDocument.MEDIA_TYPE)
    @Operation(summary = "The agreement as a PDF", description = "The latest version as the overeenkomst van opdracht, in Dutch.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = AgreementDocument.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        return AgreementResponse.document(id, assignments.pdf(id));
    }

    @POST
    @Path("agreements/{id}/acceptance")
    @Operation(summary = "Accept the latest version", description = "The client accepts after you, which concludes it. Accepting again changes nothing.")
    public Response accept(@PathParam("id") UUID id, AcceptanceRequest acceptance) {
        return EntityTags.ok(assignments.accept(id, acceptance == null ? 0 : acceptance.version()), AgreementResponse::of);
    }

    @PUT
    @Path("agreements/{id}/terms")
    @Operation(summary = "Propose changed terms", description = "A new version that you accept by proposing it; the client decides. "
            + "Requires If-Match.")
    public Response propose(@PathParam("id") UUID id, TermsRequest terms, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(assignments.propose(id, EntityTags.requiredVersion(ifMatch), terms == null ? null : terms.toOffer()), AgreementResponse::of);
    }

    @POST
    @Path("engagements/{id}/review")
    @Operation(summary = "Review the client", description = "Once, from the engagement's last day on: 1 to 5 stars and a text.")
    public Response review(@PathParam("id") UUID id, ReviewRequest review) {
        return EntityTags.ok(assignments.review(id, review == null ? 0 : review.stars(), review == null ? null : review.text()), EngagementResponse::of);
    }

    @GET
    @Path("engagements")
    @Operation(summary = "Your engagements", description = "With every client, latest start first, with the fee statements issued so far.")
    public List<EngagementResponse> engagements() {
        return assignments.engagements().stream().map(EngagementResponse::of).toList();
    }
}
