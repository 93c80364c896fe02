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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.marketplace.application.AgreementDocument;
import nl.pmohub.marketplace.application.AgreementService;
import nl.pmohub.marketplace.application.ClientContractService;
import nl.pmohub.marketplace.application.ClientContractSummary;
import nl.pmohub.marketplace.application.EngagementService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The client's assignment agreements with candidates, the engagements they start, and the fee per month. */
@Path("t/{tenant}/marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace: agreements", description = "Agree terms with a candidate, conclude, and follow the engagement and its fee")
@APIResponse(responseCode = "404", description = "No such organisation, request, candidate, agreement or engagement")
@APIResponse(responseCode = "409", description = "A rule refuses it: not the latest version, the professional has not accepted yet, the "
        + "request was filled or withdrawn, the professional has no hours left in the period, the start has passed, the period is too long, "
        + "or the agreement is closed; `errors` names the field")
public class AgreementResource extends TenantScoped {

    @Inject
    AgreementService agreements;

    @Inject
    EngagementService engagements;

    @Inject
    ClientContractService contracts;

    @GET
    @Path("agreements")
    @Operation(summary = "The organisation's agreements", description = "Newest first, each with all its versions.")
    public List<AgreementResponse> list() {
        return agreements.list().stream().map(AgreementResponse::of).toList();
    }

    @POST
    @Path("agreements")
    @Operation(summary = "Offer an agreement to a candidate", description = "Project managers and administrators: version 1 of the terms for "
            + "a vetted candidate of an open request. The fee percentage comes from the organisation's contract.")
    @APIResponse(responseCode = "201", description = "Offered", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    public Response offer(OfferRequest offer, @Context UriInfo uri) {
        return EntityTags.created(uri, agreements.offer(offer == null ? null : offer.requestId(), offer == null ? null : offer.professionalId(),
                offer == null || offer.terms() == null ? null : offer.terms().toOffer()), AgreementResponse::of);
    }

    @GET
    @Path("agreements/{id}")
    @Operation(summary = "Read an agreement")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(agreements.get(id), AgreementResponse::of);
    }

    @GET
    @Path("agreements/{id}/document")
    @Produces(AgreementDocument.MEDIA_TYPE)
    @Operation(summary = "The agreement as a PDF", description = "The latest version as the overeenkomst van opdracht, in Dutch.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = AgreementDocument.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        return AgreementResponse.document(id, agreements.pdf(id));
    }

    @PUT
    @Path("agreements/{id}/terms")
    @Operation(summary = "Change the terms", description = "A new version, which the professional must accept again; the same terms change "
            + "nothing. Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, TermsRequest terms, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(agreements.revise(id, EntityTags.requiredVersion(ifMatch), terms == null ? null : terms.toOffer()), AgreementResponse::of);
    }

    @POST
    @Path("agreements/{id}/acceptance")
    @Operation(summary = "Accept the latest version", description = "After the professional accepted it: concludes the agreement, fills the "
            + "request, lets the other offers lapse, starts the engagement and makes the professional's account in the organisation. "
            + "Accepting again changes nothing.")
    public Response accept(@PathParam("id") UUID id, AcceptanceRequest acceptance) {
        return EntityTags.ok(agreements.accept(id, acceptance == null ? 0 : acceptance.version()), AgreementResponse::of);
    }

    @POST
    @Path("agreements/{id}/withdraw")
    @Operation(summary = "Withdraw an offer", description = "Before it is concluded; costs nothing. Requires If-Match.")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(agreements.withdraw(id, EntityTags.requiredVersion(ifMatch)), AgreementResponse::of);
    }

    @GET
    @Path("engagements")
    @Operation(summary = "The organisation's engagements", description = "Latest start first, with the fee per month: issued statements and "
            + "the running month so far.")
    public List<EngagementResponse> engagements() {
        return engagements.list().stream().map(EngagementResponse::of).toList();
    }

    @GET
    @Path("engagements/{id}")
    @Operation(summary = "Read an engagement")
    public Response engagement(@PathParam("id") UUID id) {
        return EntityTags.ok(engagements.get(id), EngagementResponse::of);
    }

    @POST
    @Path("engagements/{id}/end")
    @Operation(summary = "End an engagement early", description = "Project managers and administrators. From the day after the last day, "
            + "every page and call of the professional in this organisation is refused. Requires If-Match.")
    public Response end(@PathParam("id") UUID id, EndRequest end, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(engagements.end(id, EntityTags.requiredVersion(ifMatch), end == null ? null : end.day(), end == null ? null : end.reason()),
                EngagementResponse::of);
    }

    @POST
    @Path("engagements/{id}/review")
    @Operation(summary = "Review the professional", description = "Project managers and administrators, once, from the engagement's last day "
            + "on: 1 to 5 stars (they count in the professional's rating) and a text.")
    public Response review(@PathParam("id") UUID id, ReviewRequest review) {
        return EntityTags.ok(engagements.review(id, review == null ? 0 : review.stars(), review == null ? null : review.text()), EngagementResponse::of);
    }

    @GET
    @Path("contract")
    @Operation(summary = "The organisation's contract with the platform", description = "Legal name, KvK number and fee percentage.")
    public ClientContractSummary contract() {
        return contracts.mine();
    }
}
