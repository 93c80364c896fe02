package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.marketplace.application.AtRiskRequest;
import nl.pmohub.marketplace.application.OversightService;
import nl.pmohub.marketplace.application.PromiseMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** The 48-hour promise for operators (tokens of realm {@code pmohub} with role {@code operator}). */
@Path("platform/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: the 48-hour promise", description = "Requests at risk and the share of requests that kept the promise")
public class OversightResource {

    /** A month of the promise. */
    @Schema(name = "PromiseMonth")
    public record Month(@Schema(example = "2026-12") String month, long requests,
                        @Schema(description = "With a shortlist of three interested within 48 hours") long kept, BigDecimal keptPercent) {
    }

    @Inject
    OversightService oversight;

    @GET
    @Path("at-risk")
    @Operation(summary = "Requests at risk", description = "Open requests without a shortlist of three interested candidates 24 hours after "
            + "they were submitted, oldest first.")
    public List<AtRiskRequest> atRisk() {
        return oversight.atRisk();
    }

    @GET
    @Path("promise")
    @Operation(summary = "The promise per month", description = "Requests submitted and the share that reached a shortlist within 48 hours, "
            + "the last 12 months, newest first.")
    public List<Month> promise() {
        return oversight.promise().stream().map((PromiseMonth m) -> new Month(m.month().toString(), m.requests(), m.kept(), m.keptPercent())).toList();
    }
}
