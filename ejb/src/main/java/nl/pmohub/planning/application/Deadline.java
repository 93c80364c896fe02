package nl.pmohub.planning.application;

import java.time.LocalDate;
import java.util.UUID;

/** An open milestone of an active project that is due soon or missed: what the dashboards flag. */
public record Deadline(UUID milestoneId, UUID projectId, String projectCode, String projectName, String milestone,
                       LocalDate plannedDate, String owner) {

    public boolean isMissed(LocalDate today) {
        return plannedDate.isBefore(today);
    }
}
