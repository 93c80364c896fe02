package nl.pmohub.portfolio.application;

import jakarta.validation.constraints.Size;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;

/**
 * Which projects to list; null fields do not filter. {@code text} matches code, name and manager
 * (case-insensitive, contains).
 */
public record ProjectFilter(@Size(max = 100) String text, RagStatus status, ProjectMethod method, ProjectPhase phase) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);
}
