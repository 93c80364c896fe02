package nl.pmohub.planning.api;

import nl.pmohub.shared.api.ProjectScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.planning.application.SprintService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The velocity of one project of the tenant. */
@Path("t/{tenant}/projects/{projectId}/velocity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sprints")
@APIResponse(responseCode = "404", description = "No such organisation or project")
public class VelocityResource extends ProjectScoped {

    @Inject
    SprintService sprints;

    @GET
    @Operation(summary = "The project's velocity", description = "Completed points of each closed sprint, oldest first, and the average of the last three.")
    public VelocityResponse velocity() {
        return VelocityResponse.of(sprints.velocity(projectId));
    }
}
