package nl.pmohub.planning.application;

import java.util.List;

/** The plans of all active projects (of one method, or all): what the portfolio roadmap draws. */
public record Roadmap(List<RoadmapProject> projects, List<StageSummary> stages, List<MilestoneSummary> milestones, List<RoadmapSprint> sprints) {
}
