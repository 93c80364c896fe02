package nl.pmohub.portfolio.application;

import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.shared.application.Records;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.util.List;
import java.util.UUID;

/**
 * Projects of the current tenant. Hibernate adds the tenant to every query ({@code @TenantId}); lists
 * are projections with paging and counting in the database. Sorting is limited to indexed columns
 * ({@link #isSortable}).
 */
public interface ProjectRepository extends Records<Project> {

    boolean codeTaken(String code, UUID except);

    Page<ProjectSummary> list(ProjectFilter filter, PageRequest page);

    /** One page of projects, without the total (for callers that count separately, like the UI's table). */
    List<ProjectSummary> items(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    PortfolioHealth health();

    /** Whether lists can be sorted by this property (only indexed columns are offered); null means the default order. */
    boolean isSortable(String property);
}
