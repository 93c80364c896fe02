package nl.pmohub.planning.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BurndownTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = START.plusDays(10);

    @Test
    void theIdealLineFallsLinearlyFromTheCommitmentToZero() {
        Burndown burndown = Burndown.of(UUID.randomUUID(), 1, START, END, 20, 25, Map.of(), END.plusDays(1));
        assertThat(burndown.days()).hasSize(11);
        assertThat(burndown.baseline()).isEqualTo(20);
        assertThat(burndown.days().get(0).ideal()).isEqualByComparingTo("20");
        assertThat(burndown.days().get(5).ideal()).isEqualByComparingTo("10");
        assertThat(burndown.days().get(3).ideal()).isEqualByComparingTo(new BigDecimal("14.0"));
        assertThat(burndown.days().get(10).ideal()).isEqualByComparingTo("0");
    }

    @Test
    void theActualLineSubtractsWhatWasDoneOnOrBeforeEachDayAndStopsToday() {
        Map<LocalDate, Integer> done = Map.of(START.plusDays(1), 5, START.plusDays(3), 3, START.minusDays(2), 2);
        Burndown burndown = Burndown.of(UUID.randomUUID(), 7, START, END, 20, 20, done, START.plusDays(4));

        assertThat(burndown.days()).extracting(Burndown.Day::actual)
                .containsExactly(18, 13, 13, 10, 10, null, null, null, null, null, null);
        assertThat(burndown.remaining()).isEqualTo(10);
    }

    @Test
    void aSprintNotStartedBurnsFromThePointsPlannedIntoIt() {
        Burndown burndown = Burndown.of(UUID.randomUUID(), 8, START, END, null, 13, Map.of(), START.minusDays(3));
        assertThat(burndown.baseline()).isEqualTo(13);
        assertThat(burndown.days()).allMatch(d -> d.actual() == null);
        assertThat(burndown.remaining()).isEqualTo(13);
        assertThat(burndown.days().get(0).ideal()).isEqualByComparingTo("13");
    }

    @Test
    void aOneDaySprintHasOnlyItsEnd() {
        Burndown burndown = Burndown.of(UUID.randomUUID(), 1, START, START, 8, 8, Map.of(START, 8), START);
        assertThat(burndown.days()).singleElement().satisfies(d -> {
            assertThat(d.ideal()).isEqualByComparingTo("0");
            assertThat(d.actual()).isZero();
        });
        assertThatThrownBy(() -> Burndown.of(UUID.randomUUID(), 1, START, START.minusDays(1), 8, 8, Map.of(), START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
