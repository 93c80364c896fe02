package nl.pmohub.stakeholder.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.stakeholder.domain.Communication;
import nl.pmohub.stakeholder.domain.CommunicationDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The communication plan of a project: what goes to whom, how often, by which channel and by whom. Marking a line as
 * gone out sets when it is due next; lines past their due date are late, per project and across the tenant.
 * {@link #dueBefore} is the slot the notifications work will use to remind owners by mail.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class CommunicationService {

    static final String WHAT = "Communication";

    @Inject
    Clock clock;

    @Inject
    CommunicationRepository communications;

    @Inject
    ProjectPort projects;

    public List<CommunicationSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return communications.ofProject(projectId);
    }

    public CommunicationSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return communications.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CommunicationSummary plan(@NotNull UUID projectId, @NotNull @Valid CommunicationDetails details) {
        projects.requireOpen(projectId);
        Communication communication = Communication.plan(projectId, details);
        communications.add(communication);
        return stored(communication);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CommunicationSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid CommunicationDetails details) {
        Communication communication = communications.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        communication.revise(details);
        return stored(communication);
    }

    /** Records that the communication went out on {@code day} (today when null). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CommunicationSummary wentOut(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, LocalDate day) {
        Communication communication = communications.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        LocalDate today = LocalDate.now(clock);
        communication.wentOut(day == null ? today : day, today);
        return stored(communication);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Communication communication = communications.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        communications.remove(communication);
        communications.flush();
    }

    /**
     * The tenant's communications due before {@code before}, earliest first: with today, the late ones (the dashboard);
     * with tomorrow, everything due by today (what a reminder mail would list).
     */
    public List<CommunicationSummary> dueBefore(@NotNull LocalDate before, @Min(1) @Max(500) int limit) {
        return communications.dueBefore(before, limit);
    }

    /** The tenant's late communications, earliest first. */
    public List<CommunicationSummary> late(@Min(1) @Max(500) int limit) {
        return dueBefore(LocalDate.now(clock), limit);
    }

    public long countLate() {
        return communications.countDueBefore(LocalDate.now(clock));
    }

    private CommunicationSummary stored(Communication communication) {
        communications.flush();
        return communications.view(communication.projectId(), communication.id())
                .orElseThrow(() -> new NotFoundException(WHAT, communication.id()));
    }
}
