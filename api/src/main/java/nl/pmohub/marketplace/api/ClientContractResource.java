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
import nl.pmohub.marketplace.application.ClientContractService;
import nl.pmohub.marketplace.application.ClientContractSummary;
import nl.pmohub.marketplace.application.FeeStatementIssuer;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Clients' contracts and fee statements for operators (tokens of realm {@code pmohub} with role {@code operator}). */
@Path("platform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: contracts and fees", description = "Each client's legal name, KvK number and fee percentage; fee statements")
public class ClientContractResource {

    /** How many fee statements a run issued. */
    @Schema(name = "FeeStatementRun")
    public record Run(int issued) {
    }

    @Inject
    ClientContractService contracts;

    @Inject
    FeeStatementIssuer issuer;

    @GET
    @Path("contracts")
    @Operation(summary = "Every client's contract", description = "By organisation; `set` is false where the default (10 %) applies.")
    public List<ClientContractSummary> all() {
        return contracts.all();
    }

    @PUT
    @Path("contracts/{tenant}")
    @Operation(summary = "Record a client's contract", description = "Applies to agreement versions drawn up afterwards. If-Match is required "
            + "once a contract is recorded (its version).")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "412", description = "The contract changed meanwhile")
    public ClientContractSummary set(@PathParam("tenant") String tenant, ClientContractRequest contract, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = ifMatch == null || ifMatch.isBlank() ? 0 : EntityTags.requiredVersion(ifMatch);
        return contracts.set(tenant, expected, contract == null ? null : contract.toTerms());
    }

    @POST
    @Path("fee-statements/issue")
    @Operation(summary = "Issue the fee statements due", description = "Statements of months that ended, for every client (also done nightly); "
            + "issuing twice issues nothing new.")
    public Run issue() {
        return new Run(issuer.issueAll());
    }
}
