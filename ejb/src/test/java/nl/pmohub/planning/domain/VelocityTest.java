package nl.pmohub.planning.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VelocityTest {

    private static Velocity.Entry closed(int number, int completed) {
        return new Velocity.Entry(UUID.randomUUID(), number, "T", LocalDate.of(2027, 1, 14).plusWeeks(2L * number), completed + 3, completed);
    }

    @Test
    void theRecentAverageIsOverTheLastThreeClosedSprintsInDateOrder() {
        Velocity velocity = Velocity.of(List.of(closed(4, 27), closed(1, 21), closed(3, 24), closed(2, 18), closed(5, 25)));
        assertThat(velocity.sprints()).extracting(Velocity.Entry::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(velocity.recentAverage()).isEqualByComparingTo("25.3");
    }

    @Test
    void fewerThanThreeSprintsAverageWhatThereIs() {
        assertThat(Velocity.of(List.of(closed(1, 20), closed(2, 25))).recentAverage()).isEqualByComparingTo("22.5");
        assertThat(Velocity.of(List.of()).recentAverage()).isEqualByComparingTo("0");
        assertThat(Velocity.of(List.of()).sprints()).isEmpty();
    }
}
