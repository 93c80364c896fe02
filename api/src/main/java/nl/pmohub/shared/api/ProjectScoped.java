package nl.pmohub.shared.api;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** A resource below one project of the organisation, {@code /t/{tenant}/projects/{projectId}/…}. */
public abstract class ProjectScoped extends TenantScoped {

    @PathParam("projectId")
    @Parameter(description = "The project's id")
    protected UUID projectId;
}
