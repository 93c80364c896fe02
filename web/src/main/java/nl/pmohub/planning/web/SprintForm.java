package nl.pmohub.planning.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.planning.application.SprintSummary;
import nl.pmohub.planning.domain.SprintDetails;

import java.time.LocalDate;

/** What the sprint dialog edits; checked as the {@link SprintDetails} it becomes. */
public class SprintForm extends RecordForm<SprintDetails> {

    private static final long serialVersionUID = 1L;

    private String team;
    private String goal;
    private LocalDate startDate;
    private LocalDate endDate;

    static SprintForm of(SprintSummary sprint) {
        SprintForm form = new SprintForm();
        form.editing(sprint);
        form.team = sprint.team();
        form.goal = sprint.goal();
        form.startDate = sprint.startDate();
        form.endDate = sprint.endDate();
        return form;
    }

    /** A new sprint of the given team (the last one's), starting on the given day, as long as the last one. */
    static SprintForm following(String team, LocalDate start, long days) {
        SprintForm form = new SprintForm();
        form.team = team;
        form.startDate = start;
        form.endDate = start.plusDays(days - 1);
        return form;
    }

    @Override
    public SprintDetails toDetails() {
        return new SprintDetails(team, goal, startDate, endDate);
    }


    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
}
