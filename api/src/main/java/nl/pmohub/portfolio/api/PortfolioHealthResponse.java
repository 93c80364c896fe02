package nl.pmohub.portfolio.api;

import nl.pmohub.portfolio.application.PortfolioHealth;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** Active projects per RAG status (in total and per method) and the number of closed projects. */
@Schema(name = "PortfolioHealth")
public record PortfolioHealthResponse(long green, long amber, long red, long closed,
                                      @Schema(description = "method → RAG status → active projects") Map<String, Map<String, Long>> activeByMethod) {

    static PortfolioHealthResponse of(PortfolioHealth health) {
        Map<String, Map<String, Long>> byMethod = new LinkedHashMap<>();
        for (ProjectMethod method : ProjectMethod.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (RagStatus status : RagStatus.values()) {
                counts.put(status.name(), health.active(method, status));
            }
            byMethod.put(method.name(), counts);
        }
        return new PortfolioHealthResponse(health.getGreen(), health.getAmber(), health.getRed(), health.closed(), byMethod);
    }
}
