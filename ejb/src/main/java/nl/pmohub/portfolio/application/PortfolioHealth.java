package nl.pmohub.portfolio.application;

import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the portfolio stands: active projects per method and RAG status, and how many are closed.
 * The dashboard's charts and the API's health resource show it.
 */
public record PortfolioHealth(Map<ProjectMethod, Map<RagStatus, Long>> activeByMethod, long closed) {

    public PortfolioHealth {
        Map<ProjectMethod, Map<RagStatus, Long>> copy = new EnumMap<>(ProjectMethod.class);
        activeByMethod.forEach((method, counts) -> copy.put(method, Map.copyOf(counts)));
        activeByMethod = Map.copyOf(copy);
    }

    public long active(RagStatus status) {
        return activeByMethod.values().stream().mapToLong(counts -> counts.getOrDefault(status, 0L)).sum();
    }

    public long active(ProjectMethod method, RagStatus status) {
        return activeByMethod.getOrDefault(method, Map.of()).getOrDefault(status, 0L);
    }

    public long getGreen() {
        return active(RagStatus.GREEN);
    }

    public long getAmber() {
        return active(RagStatus.AMBER);
    }

    public long getRed() {
        return active(RagStatus.RED);
    }
}
