package nl.pmohub.portfolio.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.portfolio.application.PortfolioHealth;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The tenant's project dashboard: health chart, lazy project table, and the dialog to create or edit a
 * project. Refusals (validation, rules, permissions, stale versions) become messages through
 * {@link nl.pmohub.shared.web.DomainErrorHandler}; the form is validated against the service's contract first.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;
    private static final Map<RagStatus, String> RAG_COLOURS = Map.of(RagStatus.GREEN, "#2e7d32", RagStatus.AMBER, "#f9a825", RagStatus.RED, "#c62828");
    private static final String CLOSED_COLOUR = "#9e9e9e";

    @Inject
    transient ProjectService service;

    @Inject
    transient FormValidator forms;

    @Inject
    transient ExternalContext externalContext;

    private ProjectLazyModel projects;
    private ProjectForm form = new ProjectForm();
    private PortfolioHealth health;

    @PostConstruct
    void init() {
        projects = new ProjectLazyModel(service);
        health = service.health();
    }

    public void startNew() {
        form = ProjectForm.startingOn(LocalDate.now(clock));
        form.setManager(externalContext.getUserPrincipal().getName());
    }

    public void edit(ProjectSummary project) {
        form = ProjectForm.of(service.get(project.id()));
    }

    public void save() {
        ProjectDetails details = form.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        if (form.isNew()) {
            service.start(details);
            Messages.info("project.created", details.name());
        } else {
            service.revise(form.getId(), form.getVersion(), details);
            Messages.info("project.updated", details.name());
        }
        health = service.health();
    }

    public void close(ProjectSummary project) {
        service.close(project.id(), project.version());
        health = service.health();
        Messages.info("project.closed", project.name());
    }

    public void reopen(ProjectSummary project) {
        service.reopen(project.id(), project.version());
        health = service.health();
        Messages.info("project.reopened", project.name());
    }

    public boolean isEditor() {
        return externalContext.isUserInRole(Roles.PM) || externalContext.isUserInRole(Roles.PMO)
                || externalContext.isUserInRole(Roles.TENANT_ADMIN);
    }

    /** Chart.js configuration of the portfolio health doughnut. */
    public String getHealthChart() {
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(Messages.text("rag.GREEN")).add(Messages.text("rag.AMBER"))
                                .add(Messages.text("rag.RED")).add(Messages.text("phase.CLOSED")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(health.getGreen()).add(health.getAmber()).add(health.getRed()).add(health.closed()))
                                .add("backgroundColor", Json.createArrayBuilder().add(RAG_COLOURS.get(RagStatus.GREEN))
                                        .add(RAG_COLOURS.get(RagStatus.AMBER)).add(RAG_COLOURS.get(RagStatus.RED)).add(CLOSED_COLOUR)))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    /** Chart.js configuration of the stacked bars: active projects per method, by RAG status. */
    public String getMethodChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (ProjectMethod method : ProjectMethod.values()) {
            labels.add(Messages.text("method." + method));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (RagStatus status : RagStatus.values()) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            for (ProjectMethod method : ProjectMethod.values()) {
                counts.add(health.active(method, status));
            }
            datasets.add(Json.createObjectBuilder().add("label", Messages.text("rag." + status)).add("data", counts)
                    .add("backgroundColor", RAG_COLOURS.get(status)));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", stacked.add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("y", Json.createObjectBuilder().add("stacked", true)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    public PortfolioHealth getHealth() { return health; }
    public ProjectLazyModel getProjects() { return projects; }
    public ProjectForm getForm() { return form; }
    public ProjectMethod[] getMethods() { return ProjectMethod.values(); }
    public RagStatus[] getStatuses() { return RagStatus.values(); }
    public ProjectPhase[] getPhases() { return ProjectPhase.values(); }
}
