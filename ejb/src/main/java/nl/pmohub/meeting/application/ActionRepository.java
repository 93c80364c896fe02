package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.ActionItem;
import nl.pmohub.shared.application.ProjectRecords;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Action items of the current tenant; {@code today} decides which open ones are overdue. */
public interface ActionRepository extends ProjectRecords<ActionItem> {

    /** The project's actions: open ones first by due date, then done ones. */
    List<ActionSummary> ofProject(UUID projectId, LocalDate today);

    List<ActionSummary> ofMeeting(UUID meetingId, LocalDate today);

    Optional<ActionSummary> view(UUID projectId, UUID id, LocalDate today);

    /** Open actions across the tenant whose owner is one of {@code owners} (lower case), earliest due first. */
    List<ActionSummary> openOf(Collection<String> owners, LocalDate today, int limit);

    /** Open actions across the tenant past their due date. */
    long countOverdue(LocalDate today);
}
