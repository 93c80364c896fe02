package nl.pmohub.hours.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.hours.application.MyWeek;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.api.PageResponse;
import nl.pmohub.shared.api.TenantScoped;
import nl.pmohub.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Hours across the organisation's projects: your week, and the weeks waiting for approval. */
@Path("t/{tenant}/timesheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hours")
public class HoursResource extends TenantScoped {

    @Inject
    TimesheetService timesheets;

    @Inject
    Clock clock;

    /** Your week: one timesheet per project you have hours on. */
    public record MyWeekResponse(String person, LocalDate weekStart, List<TimesheetResponse> sheets) {
        static MyWeekResponse of(MyWeek week) {
            return new MyWeekResponse(week.person(), week.weekStart(), week.sheets().stream().map(TimesheetResponse::of).toList());
        }
    }

    @GET
    @Path("mine")
    @Operation(summary = "Your week", description = "Your timesheets of the week the given day lies in (this week by default), one per project.")
    public MyWeekResponse mine(@QueryParam("week") @Parameter(description = "Any day of the week", example = "2026-12-03") String week) {
        LocalDate day = Inputs.date("week", week);
        return MyWeekResponse.of(timesheets.myWeek(day == null ? LocalDate.now(clock) : day));
    }

    @GET
    @Path("to-approve")
    @Operation(summary = "Hours to approve", description = "Handed-in weeks across the organisation's projects, oldest first. Project managers and administrators.")
    public PageResponse<TimesheetResponse> toApprove(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) @Parameter(description = "Page size, 1–200") int size) {
        return PageResponse.of(timesheets.toApprove(new PageRequest(page, size, null, true)), TimesheetResponse::of);
    }
}
