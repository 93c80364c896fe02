package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacklogItemTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 4);
    private static final UUID PROJECT = UUID.randomUUID();
    private static final Period PROJECT_PERIOD = new SprintDetails("-", "-", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    private static Sprint sprint(UUID project) {
        return Sprint.plan(project, 1, new SprintDetails("T", "G", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14)), PROJECT_PERIOD);
    }

    private static BacklogItemDetails details(ItemStatus status, Sprint sprint, Integer rank) {
        return new BacklogItemDetails("  Hoeveelhedenstaat beton ", " ", 5, status, sprint == null ? null : sprint.id(), rank);
    }

    @Test
    void aNewItemGoesLastUnlessItIsGivenARank() {
        BacklogItem last = BacklogItem.add(PROJECT, details(ItemStatus.TODO, null, null), null, 42, TODAY);
        assertThat(last.rank()).isEqualTo(42);
        assertThat(last.details().title()).isEqualTo("Hoeveelhedenstaat beton");
        assertThat(last.details().description()).isNull();
        assertThat(last.sprintId()).isNull();
        assertThat(BacklogItem.add(PROJECT, details(ItemStatus.TODO, null, 3), null, 42, TODAY).rank()).isEqualTo(3);
    }

    @Test
    void doneItemsCarryTheDayTheyWereDoneAndLoseItWhenReopened() {
        BacklogItem item = BacklogItem.add(PROJECT, details(ItemStatus.DONE, null, null), null, 1, TODAY);
        assertThat(item.doneOn()).isEqualTo(TODAY);

        item.revise(details(ItemStatus.DONE, null, null), null, null, TODAY.plusDays(2));
        assertThat(item.doneOn()).as("stays done on the first day").isEqualTo(TODAY);

        item.revise(details(ItemStatus.IN_PROGRESS, null, null), null, null, TODAY.plusDays(3));
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(item.doneOn()).isNull();
    }

    @Test
    void anItemMovesOnlyIntoAnOpenSprintOfItsOwnProject() {
        Sprint open = sprint(PROJECT);
        BacklogItem item = BacklogItem.add(PROJECT, details(ItemStatus.TODO, null, null), null, 1, TODAY);
        item.revise(details(ItemStatus.TODO, open, null), null, open, TODAY);
        assertThat(item.sprintId()).isEqualTo(open.id());

        Sprint foreign = sprint(UUID.randomUUID());
        assertThatThrownBy(() -> item.revise(details(ItemStatus.TODO, foreign, null), open, foreign, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sprintId"));

        Sprint closed = sprint(PROJECT);
        closed.start(List.of(), false);
        closed.review(new SprintReview("done"), List.of(), TODAY);
        assertThatThrownBy(() -> BacklogItem.add(PROJECT, details(ItemStatus.TODO, closed, null), closed, 1, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sprintId"));
    }

    @Test
    void anItemOfAClosedSprintDoesNotChange() {
        Sprint sprint = sprint(PROJECT);
        BacklogItem item = BacklogItem.add(PROJECT, details(ItemStatus.TODO, sprint, null), sprint, 1, TODAY);
        sprint.start(List.of(item), false);
        item.finish(TODAY);
        sprint.review(new SprintReview("ok"), List.of(item), TODAY);

        assertThatThrownBy(() -> item.revise(details(ItemStatus.TODO, null, null), sprint, null, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("scrum.error.closed"));
        assertThatThrownBy(() -> item.requireChangeable(sprint)).isInstanceOf(RuleViolationException.class);
        assertThat(item.isDone()).isTrue();
    }

    @Test
    void estimatesAreStoryPointsFromZeroToAHundred() {
        BacklogItemDetails tooBig = new BacklogItemDetails("x", null, 101, ItemStatus.TODO, null, null);
        assertThatThrownBy(() -> BacklogItem.add(PROJECT, tooBig, null, 1, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("estimate"));
        BacklogItem unestimated = BacklogItem.add(PROJECT, new BacklogItemDetails("x", null, null, ItemStatus.TODO, null, null), null, 1, TODAY);
        assertThat(unestimated.points()).isZero();
    }
}
