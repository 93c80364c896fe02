package nl.pmohub.contracts.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.contracts.application.ContractService;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The organisation's contracts that need attention soon, across its projects. */
@Path("t/{tenant}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractWatchResource extends TenantScoped {

    @Inject
    ContractService contracts;

    @GET
    @Path("attention")
    @Operation(summary = "Contracts ending or to be given notice soon",
            description = "Contracts not ended yet whose end or notice date lies within the given number of days (or whose notice date has passed), soonest notice first.")
    public List<ContractResponse> attention(@QueryParam("days") @DefaultValue("60") @Min(1) @Max(366)
                                            @Parameter(description = "How many days ahead (1–366)") int days) {
        return contracts.needingAttention(days).stream().map(ContractResponse::of).toList();
    }
}
