package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliverableTest {

    /** A fixed "today": the tests do not depend on the day they run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final LocalDate START = LocalDate.of(2027, 2, 1);

    private static DeliverableDetails details(LocalDate end, int percent, LocalDate completedOn) {
        return new DeliverableDetails("Definitief ontwerp", "Jan", START, end, percent, completedOn, null);
    }

    @Test
    void movingTheEndShowsSlippageAgainstTheBaselineUntilRebaselined() {
        Deliverable deliverable = Deliverable.plan(UUID.randomUUID(), details(START.plusDays(30), 0, null), TODAY);
        deliverable.revise(details(START.plusDays(44), 40, null), TODAY);
        assertThat(deliverable.slippageDays()).isEqualTo(14);
        deliverable.rebaseline();
        assertThat(deliverable.slippageDays()).isZero();
    }

    @Test
    void completeMeansDoneAndOnlyThen() {
        Deliverable deliverable = Deliverable.plan(UUID.randomUUID(), details(START.plusDays(30), 100, null), TODAY);
        assertThat(deliverable.details().completedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> deliverable.revise(details(START.plusDays(30), 90, START), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("completedOn"));
    }
}
