package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.Risk;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.application.Versioned;

import java.time.LocalDate;
import java.util.UUID;

/** A risk as lists show it, with its project's code; {@code version} is for If-Match. */
public record RiskSummary(UUID id, UUID projectId, String projectCode, RiskDetails details, long version) implements Versioned {

    public int score() {
        return details.score();
    }

    public int impact() {
        return details.impact();
    }

    /** "HIGH", "MEDIUM" or "LOW", as the heat map colours the score. */
    public String band() {
        return band(score());
    }

    public static String band(int score) {
        return score >= Risk.HIGH ? "HIGH" : score >= Risk.MEDIUM ? "MEDIUM" : "LOW";
    }

    public boolean reviewOverdue(LocalDate today) {
        return details.status() == RiskStatus.OPEN && details.nextReview().isBefore(today);
    }
}
