package nl.pmohub.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.reporting.application.ProgressReportService;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The organisation's progress reports that need attention: overdue, and handed in awaiting a decision. */
@Path("t/{tenant}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
public class ReportWatchResource extends TenantScoped {

    @Inject
    ProgressReportService reports;

    @GET
    @Path("overdue")
    @Operation(summary = "Overdue reports", description = "Active projects whose report over the last due period (due five days after it) "
            + "has not been handed in, the longest late first.")
    public List<OverdueResponse> overdue() {
        return reports.overdue().stream().map(OverdueResponse::of).toList();
    }

    @GET
    @Path("to-decide")
    @Operation(summary = "Reports awaiting a decision", description = "Handed-in reports across the projects, the longest waiting first (at most 50). "
            + "The PMO and administrators.")
    @APIResponse(responseCode = "403", description = "Not the PMO or an administrator")
    public List<ReportSummaryResponse> toDecide() {
        return reports.awaitingDecision().stream().map(ReportSummaryResponse::of).toList();
    }
}
