package nl.pmohub.portfolio.application;

import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects of the current tenant. Hibernate adds the tenant to every query ({@code @TenantId}); lists
 * are projections with paging and counting in the database. Sorting is limited to the indexed columns
 * named in {@link #SORTABLE}.
 */
public interface ProjectRepository {

    Optional<Project> find(UUID id);

    void add(Project project);

    void remove(Project project);

    boolean codeTaken(String code, UUID except);

    Page<ProjectSummary> list(ProjectFilter filter, PageRequest page);

    /** One page of projects, without the total (for callers that count separately, like the UI's table). */
    List<ProjectSummary> items(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    PortfolioHealth health();

    /** Writes pending changes now, so the version a caller gets back is the one stored. */
    void flush();

    /** Whether lists can be sorted by this property (only indexed columns are offered); null means the default order. */
    boolean isSortable(String property);
}
