package nl.pmohub.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame of the project page ({@code /t/{tenant}/project.xhtml?id=…}): which project is shown, its
 * facts and period, and whether the user may change its records. Every part of the page (a context's
 * fragment with its own view bean) reads the project from here; parts refresh each other by the style
 * class {@code project-part}, not by each other's ids. Another tenant's id is simply not found.
 */
@Named
@ViewScoped
public class CurrentProject implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    transient ExternalContext externalContext;

    @Inject
    transient FacesContext facesContext;

    private String link;
    private UUID id;
    private ProjectSnapshot project;

    /**
     * View action: loads the project named by the {@code id} parameter. A link without an id, or with the
     * id of a project that does not exist (for this tenant), answers with the app's 404 page.
     */
    public void load() throws IOException {
        try {
            id = parse(link).orElseThrow(() -> new NotFoundException("Project", link));
            project = projects.get(id);
        } catch (NotFoundException notHere) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, notHere.getMessage());
            facesContext.responseComplete();
        }
    }

    /** Reads the project again, after a change that may have closed it (a stage gate's stop). */
    public void reload() {
        project = projects.get(id);
    }

    /** Whether the user may change the project's records: the project is open and the user is not a viewer. */
    public boolean isEditable() {
        return project.phase() == ProjectPhase.ACTIVE && Access.changesRecords(externalContext);
    }

    public UUID getId() {
        return id;
    }

    /** The {@code id} parameter as the link has it (text: a malformed id is a page not found, not a form error). */
    public String getLink() {
        return link;
    }

    /** Postbacks carry no id parameter; the view keeps the one it was opened with. */
    public void setLink(String link) {
        if (link != null) {
            this.link = link;
        }
    }

    private static Optional<UUID> parse(String link) {
        try {
            return link == null ? Optional.empty() : Optional.of(UUID.fromString(link.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public ProjectSnapshot getProject() {
        return project;
    }

    public ProjectDetails getDetails() {
        return project.details();
    }
}
