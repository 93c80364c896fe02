package nl.pmohub.portfolio.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the project dialog edits. Deliberately without constraints of its own: the form is checked as
 * the {@link ProjectDetails} it becomes, so the UI and the API enforce one and the same contract.
 */
public class ProjectForm extends RecordForm<ProjectDetails> {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String description;
    private ProjectMethod method = ProjectMethod.PRINCE2;
    private String manager;
    private LocalDate startDate;
    private LocalDate endDate;
    private RagStatus status = RagStatus.GREEN;
    private BigDecimal budget;

    /** A new project starting {@code today}, planned for six months. */
    static ProjectForm startingOn(LocalDate today) {
        ProjectForm form = new ProjectForm();
        form.startDate = today;
        form.endDate = today.plusMonths(6);
        return form;
    }

    static ProjectForm of(ProjectSnapshot project) {
        ProjectForm form = new ProjectForm();
        ProjectDetails details = project.details();
        form.editing(project);
        form.code = details.code();
        form.name = details.name();
        form.description = details.description();
        form.method = details.method();
        form.manager = details.manager();
        form.startDate = details.startDate();
        form.endDate = details.endDate();
        form.status = details.status();
        form.budget = details.budget();
        return form;
    }

    @Override
    public ProjectDetails toDetails() {
        return new ProjectDetails(code, name, description, method, manager, startDate, endDate, status, budget);
    }


    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ProjectMethod getMethod() { return method; }
    public void setMethod(ProjectMethod method) { this.method = method; }
    public String getManager() { return manager; }
    public void setManager(String manager) { this.manager = manager; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public RagStatus getStatus() { return status; }
    public void setStatus(RagStatus status) { this.status = status; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
}
