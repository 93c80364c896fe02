package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DependencyGraphTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    @Test
    void aLinkBackToTheStartOfAChainIsACycle() {
        DependencyGraph graph = new DependencyGraph(List.of(new DependencyLink(a, b), new DependencyLink(b, c)));
        assertThatThrownBy(() -> graph.requireAddable(c, a)).isInstanceOf(BadInputException.class).hasMessageContaining("cycle");
        assertThatCode(() -> graph.requireAddable(a, c)).as("a shortcut along the chain is no cycle").doesNotThrowAnyException();
        assertThatCode(() -> graph.requireAddable(d, a)).doesNotThrowAnyException();
    }

    @Test
    void selfLinksAndDuplicatesAreRefused() {
        DependencyGraph graph = new DependencyGraph(List.of(new DependencyLink(a, b)));
        assertThatThrownBy(() -> graph.requireAddable(a, a)).isInstanceOf(BadInputException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> graph.requireAddable(a, b)).isInstanceOf(BadInputException.class).hasMessageContaining("exists");
    }

    @Test
    void longChainsAreWalkedWithoutRecursion() {
        List<DependencyLink> links = new ArrayList<>();
        UUID first = UUID.randomUUID();
        UUID previous = first;
        for (int i = 0; i < 20_000; i++) {
            UUID next = UUID.randomUUID();
            links.add(new DependencyLink(previous, next));
            previous = next;
        }
        UUID last = previous;
        assertThatThrownBy(() -> new DependencyGraph(links).requireAddable(last, first)).isInstanceOf(BadInputException.class);
    }
}
