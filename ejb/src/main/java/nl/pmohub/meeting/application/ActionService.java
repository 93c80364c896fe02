package nl.pmohub.meeting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.meeting.domain.ActionItem;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Action items of a project, agreed in a meeting or on their own. Everyone in the tenant reads them; project managers,
 * the PMO and administrators agree, revise and tick them off on open projects. Across the tenant: the open actions of
 * one person (matched by the names they go by, ignoring case and surrounding spaces) and how many are overdue.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class ActionService {

    static final String WHAT = "Action item";

    @Inject
    ActionRepository actions;

    @Inject
    Origins origins;

    @Inject
    ProjectPort projects;

    @Inject
    Clock clock;

    public List<ActionSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return actions.ofProject(projectId, today());
    }

    public ActionSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return view(projectId, id);
    }

    /** Agrees an action; {@code meetingId} and {@code agendaItemId} may be null (not in a meeting, not at an item). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ActionSummary agree(@NotNull UUID projectId, UUID meetingId, UUID agendaItemId, @NotNull @Valid ActionDetails details) {
        projects.requireOpen(projectId);
        ActionItem action = ActionItem.agree(projectId, origins.of(projectId, meetingId, agendaItemId), details);
        actions.add(action);
        return stored(action);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ActionSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid ActionDetails details) {
        ActionItem action = actions.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        action.describe(details);
        return stored(action);
    }

    /** Ticks the action off (today) or, with {@code done} false, opens it again. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ActionSummary done(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, boolean done) {
        ActionItem action = actions.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        if (done) {
            action.done(today());
        } else {
            action.reopen();
        }
        return stored(action);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ActionItem action = actions.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        actions.remove(action);
        actions.flush();
    }

    /** The open actions, across the tenant, of the person who goes by one of {@code names} (e.g. full name and username). */
    public List<ActionSummary> openOf(@NotNull Collection<String> names, @Min(1) @Max(100) int limit) {
        List<String> owners = names.stream().filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty()).distinct().toList();
        return owners.isEmpty() ? List.of() : actions.openOf(owners, today(), limit);
    }

    /** Open actions across the tenant past their due date. */
    public long countOverdue() {
        return actions.countOverdue(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ActionSummary view(UUID projectId, UUID id) {
        return actions.view(projectId, id, today()).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private ActionSummary stored(ActionItem action) {
        actions.flush();
        return view(action.projectId(), action.id());
    }
}
