package nl.pmohub.contracts.application;

import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A supplier contract as lists show it, with its project's code and the last day to give notice. */
public record ContractSummary(UUID id, UUID projectId, String projectCode, String supplier, String kvkNumber, String subject,
                              BigDecimal value, LocalDate startDate, LocalDate endDate, int noticeDays, String owner, long version)
        implements Versioned {

    public LocalDate noticeDate() {
        return endDate.minusDays(noticeDays);
    }

    /** Whether its end or its notice date lies between {@code today} and {@code until} (notice passed but not ended counts too). */
    public boolean needsAttention(LocalDate today, LocalDate until) {
        return !endDate.isBefore(today) && (!noticeDate().isAfter(until) || !endDate.isAfter(until));
    }
}
