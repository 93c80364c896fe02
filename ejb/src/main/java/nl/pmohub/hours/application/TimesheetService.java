package nl.pmohub.hours.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.hours.domain.WeekHours;
import nl.pmohub.portfolio.application.OpenProject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Time registration. Everyone who works on projects (tenant administrators, project managers, PMO officers)
 * records their own hours per project and week and hands the week in; project managers and tenant
 * administrators approve or reject other people's weeks. A person sees their own weeks; approvers and the
 * PMO see everyone's. Hours go only on open projects, within their period, and at most 24 a day in all.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class TimesheetService {

    static final String WHAT = "Timesheet";

    @Inject
    Clock clock;

    @Inject
    TimesheetRepository sheets;

    @Inject
    ProjectPort projects;

    @Resource
    SessionContext caller;

    /** The signed-in person's timesheets of the week {@code day} lies in. */
    public MyWeek myWeek(@NotNull LocalDate day) {
        LocalDate monday = Timesheet.weekOf(day);
        return new MyWeek(me(), monday, sheets.ofPerson(me(), monday));
    }

    /**
     * Sets the signed-in person's hours on a project for days of one week, opening the week's timesheet if
     * there is none. Without {@code expectedVersion} it only opens one: a week that exists already is stale
     * to a client that did not know it (412).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public TimesheetSummary record(@NotNull UUID projectId, @NotNull LocalDate weekStart, Long expectedVersion, @NotNull @Valid WeekHours hours) {
        OpenProject project = projects.requireOpen(projectId);
        Timesheet stored = sheets.find(projectId, me(), weekStart).orElse(null);
        if (stored != null) {
            StaleVersionException.require(WHAT, stored.id(), expectedVersion == null ? -1 : expectedVersion, stored.version());
        }
        Timesheet sheet = stored != null ? stored : Timesheet.open(projectId, me(), weekStart);
        sheet.record(hours, project, sheets.hoursElsewhere(me(), weekStart, projectId));
        if (stored == null) {
            sheets.add(sheet);  // after its entries, so it is stored at version 0
        }
        return stored(sheet);
    }

    /** Hands the signed-in person's week in for approval. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public TimesheetSummary submit(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Timesheet sheet = sheets.get(projectId, id, expectedVersion);
        if (!sheet.person().equals(me())) {
            throw new RuleViolationException("person", "hours.error.notYours", "Only " + sheet.person() + " hands in this week", sheet.person());
        }
        projects.requireOpen(projectId);
        sheet.submit(Instant.now(clock));
        return stored(sheet);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public TimesheetSummary approve(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Timesheet sheet = sheets.get(projectId, id, expectedVersion);
        sheet.approve(me(), Instant.now(clock));
        return stored(sheet);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public TimesheetSummary reject(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid Rejection rejection) {
        Timesheet sheet = sheets.get(projectId, id, expectedVersion);
        sheet.reject(me(), rejection.comment(), Instant.now(clock));
        return stored(sheet);
    }

    /** One week of hours: the person's own, or anyone's for approvers and the PMO. */
    public TimesheetSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return sheets.summary(projectId, id).filter(this::visible).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** Submitted weeks across the tenant, oldest first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public Page<TimesheetSummary> toApprove(@NotNull @Valid PageRequest page) {
        return sheets.toApprove(page);
    }

    /** The project's hours per week over the last {@code weeks} weeks. */
    public List<WeekTotal> weeksOfProject(@NotNull UUID projectId, int weeks) {
        projects.requireExisting(projectId);
        return sheets.weeksOfProject(projectId, Timesheet.weekOf(LocalDate.now(clock)).minusWeeks(Math.max(1, weeks) - 1L));
    }

    /** Whether the signed-in person may approve weeks (for screens that offer it). */
    public boolean mayApprove() {
        return caller.isCallerInRole(Roles.PM) || caller.isCallerInRole(Roles.TENANT_ADMIN);
    }

    private boolean visible(TimesheetSummary sheet) {
        return sheet.person().equals(me()) || mayApprove() || caller.isCallerInRole(Roles.PMO);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private TimesheetSummary stored(Timesheet sheet) {
        sheets.flush();
        return sheets.summary(sheet.projectId(), sheet.id()).orElseThrow(() -> new NotFoundException(WHAT, sheet.id()));
    }
}
