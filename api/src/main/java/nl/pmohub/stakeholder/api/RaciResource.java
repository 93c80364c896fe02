package nl.pmohub.stakeholder.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.api.ProjectScoped;
import nl.pmohub.stakeholder.application.RaciMatrix;
import nl.pmohub.stakeholder.application.RaciService;
import nl.pmohub.stakeholder.domain.RaciRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The RACI matrix of one project: its deliverables by its stakeholders. A row is replaced whole; its ETag is a tag of the
 * row's cells (not a counter), sent back as If-Match.
 */
@Path("t/{tenant}/projects/{projectId}/raci")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
@APIResponse(responseCode = "404", description = "No such organisation, project, deliverable or stakeholder")
public class RaciResource extends ProjectScoped {

    @Inject
    RaciService raci;

    /** A row of the matrix on the wire: roles by stakeholder id. */
    @Schema(name = "RaciRow")
    public record RowBody(UUID deliverableId, String deliverable,
                          @Schema(description = "Role (R, A, C or I) by stakeholder id; stakeholders without a role are left out",
                                  type = SchemaType.OBJECT, additionalProperties = String.class) Map<UUID, String> roles,
                          @Schema(description = "The row's ETag, for If-Match") String tag,
                          @Schema(description = "Nobody is Accountable yet") boolean withoutAccountable) {

        static RowBody of(RaciMatrix.Row row) {
            Map<UUID, String> roles = new LinkedHashMap<>();
            row.roles().forEach((stakeholder, role) -> roles.put(stakeholder, role.name()));
            return new RowBody(row.deliverableId(), row.deliverable(), roles, row.tag(), row.withoutAccountable());
        }
    }

    /** The matrix on the wire. */
    @Schema(name = "RaciMatrix")
    public record MatrixBody(List<RaciMatrix.Column> stakeholders, List<RowBody> rows) {
    }

    /** The roles of a row as a client sets them. */
    @Schema(name = "RaciRowRequest")
    public record RowRequest(@Schema(required = true, description = "Role (R, A, C or I) by stakeholder id; exactly one A when any role is given",
            type = SchemaType.OBJECT, additionalProperties = String.class) Map<UUID, String> roles) {
    }

    @GET
    @Operation(summary = "The RACI matrix", description = "Rows are the project's deliverables in plan order, columns its stakeholders by name.")
    public MatrixBody matrix() {
        RaciMatrix matrix = raci.matrix(projectId);
        return new MatrixBody(matrix.stakeholders(), matrix.rows().stream().map(RowBody::of).toList());
    }

    @PUT
    @Path("{deliverableId}")
    @Operation(summary = "Set a deliverable's row", description = "Replaces the row's roles. Refused (409, field `roles`) unless exactly one "
            + "stakeholder is Accountable; an empty object clears the row. Requires If-Match with the row's tag (412 when it changed since).")
    @APIResponse(responseCode = "409", description = "Not exactly one Accountable, or the project is closed")
    public Response setRow(@PathParam("deliverableId") UUID deliverableId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RowRequest request) {
        String tag = EntityTags.requiredTag(ifMatch);
        Map<UUID, RaciRole> roles = new LinkedHashMap<>();
        if (request != null && request.roles() != null) {
            request.roles().forEach((stakeholder, role) -> roles.put(stakeholder, Inputs.enumValue(RaciRole.class, "roles", role)));
        }
        RaciMatrix.Row row = raci.saveRow(projectId, new RaciService.RowChange(deliverableId, tag, request == null || request.roles() == null ? null : roles));
        return Response.ok(RowBody.of(row)).tag(new EntityTag(row.tag())).build();
    }
}
