package nl.pmohub.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.pmohub.budget.application.BudgetService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A project's budget: lines, booked costs, and the overview with earned value. Writes need If-Match where a record exists. */
@Path("t/{tenant}/projects/{projectId}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget", description = "Budget lines, costs and earned value of a project")
@APIResponse(responseCode = "404", description = "No such organisation, project, line or cost")
@APIResponse(responseCode = "409", description = "A rule refuses it: outside the project's period, or the project is closed; `errors` names the field")
public class BudgetResource extends ProjectScoped {

    @Inject
    BudgetService budgets;

    @GET
    @Operation(summary = "The project's budget", description = "Lines, budget and actual per category, earned value today (PMI formulas, see docs/budget.md) and the S-curve per month.")
    public BudgetResponse overview() {
        return BudgetResponse.of(budgets.overview(projectId));
    }

    @GET
    @Path("baselines")
    @Operation(summary = "The project's budget baselines", description = "Oldest first; the latest is what earned value is measured against.")
    public List<BaselineResponse> baselines() {
        return budgets.baselines(projectId).stream().map(BaselineResponse::of).toList();
    }

    @POST
    @Path("baselines")
    @Operation(summary = "Baseline the budget (again)", description = "Takes the lines as they are now as the next baseline and keeps the "
            + "earlier ones; from now on PV and BAC come from it. Project managers and administrators.")
    @APIResponse(responseCode = "201", description = "Taken", content = @Content(schema = @Schema(implementation = BaselineResponse.class)))
    public Response rebaseline(RebaselineRequest request, @Context UriInfo uri) {
        BaselineResponse taken = BaselineResponse.of(budgets.rebaseline(projectId, request == null ? null : request.toRebaseline()));
        return Response.created(uri.getAbsolutePathBuilder().path(taken.id().toString()).build()).entity(taken).build();
    }

    @GET
    @Path("lines/{id}")
    @Operation(summary = "Read a budget line")
    public Response line(@PathParam("id") UUID id) {
        return EntityTags.ok(budgets.line(projectId, id), BudgetLineResponse::of);
    }

    @POST
    @Path("lines")
    @Operation(summary = "Plan a budget line", description = "Its amount is spread evenly over its months, which lie within the project.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = BudgetLineResponse.class)))
    public Response plan(BudgetLineRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, budgets.plan(projectId, request == null ? null : request.toDetails()), BudgetLineResponse::of);
    }

    @PUT
    @Path("lines/{id}")
    @Operation(summary = "Change a budget line", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BudgetLineRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(budgets.revise(projectId, id, version, request == null ? null : request.toDetails()), BudgetLineResponse::of);
    }

    @DELETE
    @Path("lines/{id}")
    @Operation(summary = "Remove a budget line", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeLine(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        budgets.removeLine(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("costs/{id}")
    @Operation(summary = "Read a booked cost")
    public Response cost(@PathParam("id") UUID id) {
        return EntityTags.ok(budgets.cost(projectId, id), CostResponse::of);
    }

    @POST
    @Path("costs")
    @Operation(summary = "Book a cost", description = "An invoice, licence or materials, on a day within the project. Labour comes from approved hours.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(schema = @Schema(implementation = CostResponse.class)))
    public Response book(CostRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, budgets.book(projectId, request == null ? null : request.toDetails()), CostResponse::of);
    }

    @DELETE
    @Path("costs/{id}")
    @Operation(summary = "Remove a booked cost", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeCost(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        budgets.removeCost(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
