package nl.pmohub.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import nl.pmohub.portfolio.application.ProjectRepository;
import nl.pmohub.portfolio.application.PortfolioHealth;
import nl.pmohub.portfolio.application.ProjectFilter;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.infrastructure.EntityStore;
import nl.pmohub.shared.domain.PageRequest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Projects of the current tenant. Hibernate adds the tenant to every query ({@code @TenantId}); lists
 * are projections with paging and counting in the database. Sorting is limited to the indexed columns
 * named in {@link #SORTABLE}.
 */
@ApplicationScoped
public class JpaProjectRepository extends EntityStore<Project> implements ProjectRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "p.code", "name", "p.name", "manager", "p.manager", "method", "p.method",
            "startDate", "p.startDate", "endDate", "p.endDate", "status", "p.status", "phase", "p.phase");

    public JpaProjectRepository() {
        super(Project.class);
    }

    @Override
    public boolean codeTaken(String code, UUID except) {
        return !em.createQuery("select p.id from Project p where lower(p.code) = :code and p.id <> :except", UUID.class)
                .setParameter("code", code.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isSortable(String property) {
        return property == null || SORTABLE.containsKey(property);
    }

    /** One page with its total in the same query ({@link #pageOf}). */
    @Override
    public Page<ProjectSummary> list(ProjectFilter filter, PageRequest page) {
        return pageOf(select(filter, page, ", count(*) over ()", Object[].class), ProjectSummary.class, page, () -> count(filter));
    }

    /** One page of projects, without the total (for callers that count separately, like the UI's table). */
    @Override
    public List<ProjectSummary> items(ProjectFilter filter, PageRequest page) {
        return select(filter, page, "", ProjectSummary.class);
    }

    private <T> List<T> select(ProjectFilter filter, PageRequest page, String alsoSelect, Class<T> rowType) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        String order = (page.sort() == null ? "p.name" : SORTABLE.getOrDefault(page.sort(), "p.name")) + (page.ascending() ? " asc" : " desc") + ", p.id";
        TypedQuery<T> query = em.createQuery("""
                select new nl.pmohub.portfolio.application.ProjectSummary(
                    p.id, p.code, p.name, p.method, p.manager, p.startDate, p.endDate, p.status, p.phase, p.budget, p.version)"""
                + alsoSelect + " from Project p" + where + " order by " + order, rowType);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(ProjectFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where(filter, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public PortfolioHealth health() {
        Map<ProjectMethod, Map<RagStatus, Long>> active = new EnumMap<>(ProjectMethod.class);
        em.createQuery("select p.method, p.status, count(p) from Project p where p.phase = :active group by p.method, p.status", Object[].class)
                .setParameter("active", ProjectPhase.ACTIVE)
                .getResultList()
                .forEach(row -> active.computeIfAbsent((ProjectMethod) row[0], m -> new EnumMap<>(RagStatus.class))
                        .put((RagStatus) row[1], (Long) row[2]));
        long closed = em.createQuery("select count(p) from Project p where p.phase = :closed", Long.class)
                .setParameter("closed", ProjectPhase.CLOSED).getSingleResult();
        return new PortfolioHealth(active, closed);
    }

    private static String where(ProjectFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(p.name) like :text or lower(p.code) like :text or lower(p.manager) like :text)");
            parameters.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.method() != null) {
            conditions.add("p.method = :method");
            parameters.put("method", filter.method());
        }
        if (filter.phase() != null) {
            conditions.add("p.phase = :phase");
            parameters.put("phase", filter.phase());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
