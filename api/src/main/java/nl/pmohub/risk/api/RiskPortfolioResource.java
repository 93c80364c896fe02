package nl.pmohub.risk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.RiskService;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The risks of the whole portfolio: heat map, top risks, reviews overdue. */
@Path("t/{tenant}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
public class RiskPortfolioResource extends TenantScoped {

    @Inject
    RiskService risks;

    @GET
    @Path("heat-map")
    @Operation(summary = "The portfolio's heat map", description = "Open risks of all projects counted per probability and impact.")
    public List<HeatCell> heatMap() {
        return risks.heatMap(null);
    }

    @GET
    @Path("top")
    @Operation(summary = "Top risks", description = "The open risks with the highest scores across projects.")
    public List<RiskResponseBody> top(@QueryParam("limit") @DefaultValue("10") @Parameter(description = "1–100") int limit) {
        return risks.top(limit).stream().map(RiskResponseBody::of).toList();
    }

    @GET
    @Path("reviews-overdue")
    @Operation(summary = "Reviews overdue", description = "Open risks whose review date has passed, longest overdue first.")
    public List<RiskResponseBody> reviewsOverdue() {
        return risks.reviewsOverdue().stream().map(RiskResponseBody::of).toList();
    }
}
