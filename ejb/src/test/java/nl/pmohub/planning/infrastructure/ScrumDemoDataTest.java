package nl.pmohub.planning.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScrumDemoDataTest {

    @Test
    void storySizesAddUpToTheVelocityAndAreStoryPoints() {
        for (int total = 1; total <= 40; total++) {
            List<Integer> sizes = ScrumDemoData.sizes(total);
            assertThat(sizes).as("sizes of " + total).allMatch(size -> List.of(1, 2, 3, 5, 8).contains(size));
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).as("sum of " + sizes).isEqualTo(total);
        }
        assertThat(ScrumDemoData.sizes(0)).isEmpty();
    }
}
