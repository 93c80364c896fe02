package nl.pmohub.planning.application;

import nl.pmohub.portfolio.domain.ProjectMethod;

import java.util.List;

/** Projections of the active projects' plans; the project filter is the same in every query. */
public interface RoadmapRepository {

    List<RoadmapProject> projects(ProjectMethod method);

    List<StageSummary> stages(ProjectMethod method);

    List<RoadmapSprint> sprints(ProjectMethod method);

    List<MilestoneSummary> milestones(ProjectMethod method);
}
