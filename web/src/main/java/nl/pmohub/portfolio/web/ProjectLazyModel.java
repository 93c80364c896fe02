package nl.pmohub.portfolio.web;

import nl.pmohub.portfolio.application.ProjectFilter;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pages, sorts and filters the project table in the database (through {@link ProjectService}). */
public class ProjectLazyModel extends LazyDataModel<ProjectSummary> {

    private static final long serialVersionUID = 1L;

    private final transient ProjectService service;

    ProjectLazyModel(ProjectService service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(filter(filterBy));
    }

    @Override
    public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest page = new PageRequest(first / pageSize, pageSize,
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        return service.page(filter(filterBy), page);
    }

    @Override
    public String getRowKey(ProjectSummary project) {
        return project.id().toString();
    }

    @Override
    public ProjectSummary getRowData(String rowKey) {
        UUID id = UUID.fromString(rowKey);
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static ProjectFilter filter(Map<String, FilterMeta> filterBy) {
        return new ProjectFilter(value(filterBy, "globalFilter", String.class), value(filterBy, "status", RagStatus.class),
                value(filterBy, "method", ProjectMethod.class), value(filterBy, "phase", ProjectPhase.class));
    }

    private static <T> T value(Map<String, FilterMeta> filterBy, String field, Class<T> type) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null || "".equals(meta.getFilterValue())) {
            return null;
        }
        Object value = meta.getFilterValue();
        if (type.isEnum() && value instanceof String name) {
            return type.cast(Enum.valueOf(type.asSubclass(Enum.class), name));
        }
        return type.cast(value);
    }
}
