package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SprintTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final UUID PROJECT = UUID.randomUUID();
    private static final Period PROJECT_PERIOD = new SprintDetails("-", "-", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    private static SprintDetails twoWeeks(String team, LocalDate start) {
        return new SprintDetails(team, "Clashdetectie", start, start.plusDays(13));
    }

    private static Sprint planned() {
        return Sprint.plan(PROJECT, 1, twoWeeks("Team Bouwstenen", MONDAY), PROJECT_PERIOD);
    }

    private static BacklogItem item(Sprint sprint, Integer estimate) {
        return BacklogItem.add(PROJECT, new BacklogItemDetails("Story " + estimate, null, estimate, ItemStatus.TODO,
                sprint == null ? null : sprint.id(), null), sprint, 1, MONDAY);
    }

    @Test
    void aNewSprintIsPlannedWithTrimmedTeamAndNoPointsYet() {
        Sprint sprint = Sprint.plan(PROJECT, 3, twoWeeks("  Team Bouwstenen ", MONDAY), PROJECT_PERIOD);
        assertThat(sprint.status()).isEqualTo(SprintStatus.PLANNED);
        assertThat(sprint.number()).isEqualTo(3);
        assertThat(sprint.team()).isEqualTo("Team Bouwstenen");
        assertThat(sprint.committedPoints()).isNull();
        assertThat(sprint.completedPoints()).isNull();
    }

    @Test
    void aSprintLastsAtMostEightWeeksAndEndsAfterItStarts() {
        Sprint.plan(PROJECT, 1, new SprintDetails("T", "G", MONDAY, MONDAY), PROJECT_PERIOD);
        Sprint.plan(PROJECT, 1, new SprintDetails("T", "G", MONDAY, MONDAY.plusDays(Sprint.MAX_DAYS - 1)), PROJECT_PERIOD);
        assertThatThrownBy(() -> Sprint.plan(PROJECT, 1, new SprintDetails("T", "G", MONDAY, MONDAY.plusDays(Sprint.MAX_DAYS)), PROJECT_PERIOD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        assertThatThrownBy(() -> Sprint.plan(PROJECT, 1, new SprintDetails("T", "G", MONDAY, MONDAY.minusDays(1)), PROJECT_PERIOD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void aSprintLiesWithinItsProject() {
        assertThatThrownBy(() -> Sprint.plan(PROJECT, 1, twoWeeks("T", LocalDate.of(2026, 12, 25)), PROJECT_PERIOD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> Sprint.plan(PROJECT, 1, twoWeeks("T", LocalDate.of(2027, 12, 25)), PROJECT_PERIOD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        Sprint.plan(PROJECT, 1, twoWeeks("T", LocalDate.of(2027, 12, 18)), PROJECT_PERIOD);
    }

    @Test
    void periodsOverlapWhenTheyShareADayBothEndsIncluded() {
        Period sprint = twoWeeks("T", MONDAY);
        assertThat(Sprint.overlap(sprint, twoWeeks("T", MONDAY.plusDays(13)))).isTrue();
        assertThat(Sprint.overlap(sprint, twoWeeks("T", MONDAY.minusDays(13)))).isTrue();
        assertThat(Sprint.overlap(sprint, twoWeeks("T", MONDAY.plusDays(3)))).isTrue();
        assertThat(Sprint.overlap(sprint, twoWeeks("T", MONDAY.plusDays(14)))).isFalse();
        assertThat(Sprint.overlap(sprint, twoWeeks("T", MONDAY.minusDays(14)))).isFalse();
    }

    @Test
    void startingCommitsThePointsOfItsItems() {
        Sprint sprint = planned();
        sprint.start(List.of(item(sprint, 5), item(sprint, 8), item(sprint, null)), false);
        assertThat(sprint.status()).isEqualTo(SprintStatus.ACTIVE);
        assertThat(sprint.committedPoints()).isEqualTo(13);
    }

    @Test
    void aTeamRunsOneSprintAtATimeAndASprintStartsOnce() {
        Sprint sprint = planned();
        assertThatThrownBy(() -> sprint.start(List.of(), true))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThat(sprint.status()).isEqualTo(SprintStatus.PLANNED);
        sprint.start(List.of(), false);
        assertThat(sprint.committedPoints()).isZero();
        assertThatThrownBy(() -> sprint.start(List.of(), false)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theReviewClosesTheSprintCountsDonePointsAndReturnsUnfinishedItems() {
        Sprint sprint = planned();
        BacklogItem done = item(sprint, 5);
        BacklogItem alsoDone = item(sprint, 3);
        BacklogItem unfinished = item(sprint, 8);
        List<BacklogItem> items = List.of(done, alsoDone, unfinished);
        sprint.start(items, false);
        done.finish(MONDAY.plusDays(2));
        alsoDone.finish(MONDAY.plusDays(5));

        sprint.review(new SprintReview("  Demo bij de uitvoerders  "), items, MONDAY.plusDays(13));

        assertThat(sprint.status()).isEqualTo(SprintStatus.CLOSED);
        assertThat(sprint.committedPoints()).isEqualTo(16);
        assertThat(sprint.completedPoints()).isEqualTo(8);
        assertThat(sprint.reviewNotes()).isEqualTo("Demo bij de uitvoerders");
        assertThat(sprint.reviewedOn()).isEqualTo(MONDAY.plusDays(13));
        assertThat(unfinished.sprintId()).isNull();
        assertThat(done.sprintId()).isEqualTo(sprint.id());
    }

    @Test
    void onlyAnActiveSprintIsReviewed() {
        Sprint sprint = planned();
        assertThatThrownBy(() -> sprint.review(new SprintReview("x"), List.of(), MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void aClosedSprintDoesNotChangeAndOnlyAPlannedOneIsRemoved() {
        Sprint sprint = planned();
        sprint.requireRemovable();
        sprint.start(List.of(), false);
        assertThatThrownBy(sprint::requireRemovable).isInstanceOf(RuleViolationException.class);
        sprint.revise(twoWeeks("Team Bouwstenen", MONDAY.plusDays(1)), PROJECT_PERIOD);
        sprint.review(new SprintReview("ok"), List.of(), MONDAY.plusDays(14));

        assertThatThrownBy(() -> sprint.revise(twoWeeks("Team Bouwstenen", MONDAY), PROJECT_PERIOD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("scrum.error.closed"));
        assertThat(sprint.acceptsItemsOf(PROJECT)).isFalse();
    }

    @Test
    void itemsArePlannedOnlyIntoOpenSprintsOfTheirProject() {
        Sprint sprint = planned();
        assertThat(sprint.acceptsItemsOf(PROJECT)).isTrue();
        assertThat(sprint.acceptsItemsOf(UUID.randomUUID())).isFalse();
    }
}
