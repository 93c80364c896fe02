package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.shared.application.Roles;

/** The portfolio roadmap: every active project with its stages, milestones and sprints, read in four queries whatever the size. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class RoadmapService {

    @Inject
    RoadmapRepository roadmap;

    /** @param method only projects of this method; null for all */
    public Roadmap activeProjects(ProjectMethod method) {
        return new Roadmap(roadmap.projects(method), roadmap.stages(method), roadmap.milestones(method), roadmap.sprints(method));
    }
}
