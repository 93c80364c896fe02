package nl.pmohub.risk.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskTest {

    private static final LocalDate REVIEW = LocalDate.of(2027, 1, 15);

    private static RiskDetails details(int probability, int cost, int time, int quality, int reputation, String owner, RiskStatus status,
                                       Integer residualProbability, Integer residualImpact) {
        return new RiskDetails("Vergunning komt te laat", "  ", RiskCategory.EXTERNAL, " Bezwaar ", null, probability, cost, time, quality, reputation,
                owner, RiskResponse.MITIGATE, Proximity.WITHIN_MONTH, status, residualProbability, residualImpact, REVIEW);
    }

    @Test
    void theHighestImpactCountsAndTheScoreIsProbabilityTimesIt() {
        Risk risk = Risk.raise(UUID.randomUUID(), details(3, 2, 5, 1, 4, "Joost", RiskStatus.OPEN, null, null));
        assertThat(risk.impact()).isEqualTo(5);
        assertThat(risk.score()).isEqualTo(15);
        assertThat(risk.details().cause()).isEqualTo("Bezwaar");
        assertThat(risk.details().effect()).isEmpty();
    }

    @Test
    void residualProbabilityAndImpactComeTogether() {
        assertThatThrownBy(() -> Risk.raise(UUID.randomUUID(), details(3, 2, 2, 2, 2, "Joost", RiskStatus.OPEN, 2, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("residualImpact"));
        assertThat(Risk.raise(UUID.randomUUID(), details(3, 2, 2, 2, 2, "Joost", RiskStatus.OPEN, 1, 2)).details().residualImpact()).isEqualTo(2);
    }

    @Test
    void aReassessmentSaysWhatChangedInWords() {
        Risk risk = Risk.raise(UUID.randomUUID(), details(3, 2, 5, 1, 1, "Joost", RiskStatus.OPEN, null, null));
        assertThat(risk.reassess(details(3, 2, 5, 1, 1, "Joost", RiskStatus.OPEN, null, null))).as("nothing changed").isEmpty();
        assertThat(risk.reassess(details(2, 2, 5, 1, 1, "Sophie", RiskStatus.OPEN, null, null)))
                .containsExactly("score 15 → 10", "owner Joost → Sophie");
        assertThat(risk.reassess(details(2, 3, 5, 1, 1, "Sophie", RiskStatus.OPEN, null, null))).as("an impact below the highest").containsExactly("details");
        assertThat(risk.reassess(details(2, 3, 5, 1, 1, "Sophie", RiskStatus.OCCURRED, null, null))).containsExactly("status OPEN → OCCURRED");
    }

    @Test
    void onlyAnOpenRiskIsOverdueForReview() {
        Risk open = Risk.raise(UUID.randomUUID(), details(3, 2, 2, 2, 2, "Joost", RiskStatus.OPEN, null, null));
        assertThat(open.reviewOverdue(REVIEW)).isFalse();
        assertThat(open.reviewOverdue(REVIEW.plusDays(1))).isTrue();
        Risk closed = Risk.raise(UUID.randomUUID(), details(3, 2, 2, 2, 2, "Joost", RiskStatus.CLOSED, null, null));
        assertThat(closed.reviewOverdue(REVIEW.plusDays(1))).isFalse();
    }

    @Test
    void anOccurredRiskBecomesAnIssueWithThePriorityOfItsBand() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        Risk risk = Risk.raise(UUID.randomUUID(), details(2, 2, 5, 1, 1, "Joost", RiskStatus.OCCURRED, null, null));
        ProjectIssue issue = ProjectIssue.ofOccurred(risk, today);
        assertThat(issue.riskId()).contains(risk.id());
        assertThat(issue.details()).isEqualTo(new IssueDetails("Vergunning komt te laat", "", IssueKind.PROBLEM, IssuePriority.MEDIUM, "Joost"));
        assertThat(ProjectIssue.ofOccurred(Risk.raise(UUID.randomUUID(), details(3, 5, 1, 1, 1, "J", RiskStatus.OCCURRED, null, null)), today)
                .details().priority()).isEqualTo(IssuePriority.HIGH);

        assertThatThrownBy(() -> issue.resolve("  ", today)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.field()).isEqualTo("resolution"));
        assertThatThrownBy(() -> issue.resolve("Opgelost", today.minusDays(1))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.field()).isEqualTo("day"));
        issue.resolve(" Nieuwe leverancier ", today);
        assertThat(issue.resolution()).contains("Nieuwe leverancier");
        assertThat(issue.resolvedOn()).contains(today);
        issue.reopen();
        assertThat(issue.resolvedOn()).isEmpty();
        assertThat(issue.resolution()).isEmpty();
    }
}
