package nl.pmohub.planning.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A milestone as lists show it, projected from the database, with its slippage against the baseline. */
public record MilestoneSummary(UUID id, UUID projectId, UUID stageId, String name, String owner, LocalDate plannedDate, LocalDate baselineDate,
                            LocalDate achievedOn, int percentComplete, long version) implements PlannedItem {

    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineDate, plannedDate);
    }

    public boolean isAchieved() {
        return achievedOn != null;
    }

    /** Open and past its planned date. */
    public boolean isMissed(LocalDate today) {
        return achievedOn == null && plannedDate.isBefore(today);
    }
}
