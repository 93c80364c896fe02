package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneTest {

    /** A fixed "today": the tests do not depend on the day they run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final LocalDate PLANNED = LocalDate.of(2027, 3, 1);

    private static MilestoneDetails at(LocalDate date, int percent, LocalDate achieved) {
        return new MilestoneDetails("Ontwerp gereed", "Jan", date, percent, achieved, null);
    }

    @Test
    void theFirstPlanIsTheBaselineAndMovingItIsSlippage() {
        Milestone milestone = Milestone.plan(UUID.randomUUID(), at(PLANNED, 0, null), TODAY);
        assertThat(milestone.baselineDate()).isEqualTo(PLANNED);
        assertThat(milestone.slippageDays()).isZero();

        milestone.revise(at(PLANNED.plusDays(12), 10, null), TODAY);
        assertThat(milestone.slippageDays()).isEqualTo(12);
        assertThat(milestone.baselineDate()).isEqualTo(PLANNED);

        milestone.revise(at(PLANNED.minusDays(3), 10, null), TODAY);
        assertThat(milestone.slippageDays()).isEqualTo(-3);
    }

    @Test
    void rebaseliningAcceptsThePlan() {
        Milestone milestone = Milestone.plan(UUID.randomUUID(), at(PLANNED, 0, null), TODAY);
        milestone.revise(at(PLANNED.plusDays(30), 0, null), TODAY);
        milestone.rebaseline();
        assertThat(milestone.baselineDate()).isEqualTo(PLANNED.plusDays(30));
        assertThat(milestone.slippageDays()).isZero();
    }

    @Test
    void completeMeansAchievedAndAchievedMeansComplete() {
        Milestone done = Milestone.plan(UUID.randomUUID(), at(PLANNED, 100, null), TODAY);
        assertThat(done.achievedOn()).isEqualTo(TODAY);
        assertThat(Milestone.plan(UUID.randomUUID(), at(PLANNED, 100, PLANNED), TODAY).achievedOn()).isEqualTo(PLANNED);
        assertThatThrownBy(() -> Milestone.plan(UUID.randomUUID(), at(PLANNED, 60, PLANNED), TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("achievedOn"));
    }
}
