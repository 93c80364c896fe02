package nl.pmohub.stakeholder.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.shared.api.TenantScoped;
import nl.pmohub.stakeholder.application.CommunicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The communications of the whole portfolio that are late. */
@Path("t/{tenant}/communications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class LateCommunicationResource extends TenantScoped {

    @Inject
    CommunicationService communications;

    @Inject
    Clock clock;

    @GET
    @Path("late")
    @Operation(summary = "Late communications", description = "Lines of all projects' plans whose next due date has passed, earliest first.")
    public List<CommunicationResponse> late(@QueryParam("limit") @DefaultValue("50") @Parameter(description = "1–500") int limit) {
        LocalDate today = LocalDate.now(clock);
        return communications.late(limit).stream().map(c -> CommunicationResponse.of(c, today)).toList();
    }
}
