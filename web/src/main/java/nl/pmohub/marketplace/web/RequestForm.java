package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.marketplace.domain.SkillNeed;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the request dialog asks: the project, the level, the skills a candidate must have (at one least depth)
 * and those that count extra, where, from when, how much and for how long. Checked as the {@link RequestDetails}
 * it becomes; the place is chosen by name and looked up by the view.
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID projectId;
    private String title;
    private PmoLevel level = PmoLevel.TACTICAL;
    private List<Skill> requiredSkills = new ArrayList<>();
    private SkillDepth requiredDepth = SkillDepth.EXPERIENCED;
    private List<Skill> niceSkills = new ArrayList<>();
    private boolean remote;
    private String place;
    private Integer maxDistanceKm = 50;
    private LocalDate startDate;
    private int hoursPerWeek = 24;
    private int durationWeeks = 26;
    private BigDecimal maxRate;
    private String description;

    static RequestForm startingOn(LocalDate start) {
        RequestForm form = new RequestForm();
        form.startDate = start;
        return form;
    }

    RequestDetails toDetails(Integer placeId) {
        List<SkillNeed> needs = new ArrayList<>();
        requiredSkills.forEach(skill -> needs.add(new SkillNeed(skill, requiredDepth, true)));
        niceSkills.stream().filter(skill -> !requiredSkills.contains(skill)).forEach(skill -> needs.add(new SkillNeed(skill, SkillDepth.BASIC, false)));
        return new RequestDetails(title, level, needs, remote, remote ? null : placeId, remote ? null : maxDistanceKm, startDate, hoursPerWeek,
                durationWeeks, maxRate, description);
    }

    public UUID getProjectId() { return projectId; }
    public void setProjectId(UUID projectId) { this.projectId = projectId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public PmoLevel getLevel() { return level; }
    public void setLevel(PmoLevel level) { this.level = level; }
    public List<Skill> getRequiredSkills() { return requiredSkills; }
    public void setRequiredSkills(List<Skill> requiredSkills) { this.requiredSkills = requiredSkills == null ? new ArrayList<>() : requiredSkills; }
    public SkillDepth getRequiredDepth() { return requiredDepth; }
    public void setRequiredDepth(SkillDepth requiredDepth) { this.requiredDepth = requiredDepth; }
    public List<Skill> getNiceSkills() { return niceSkills; }
    public void setNiceSkills(List<Skill> niceSkills) { this.niceSkills = niceSkills == null ? new ArrayList<>() : niceSkills; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Integer getMaxDistanceKm() { return maxDistanceKm; }
    public void setMaxDistanceKm(Integer maxDistanceKm) { this.maxDistanceKm = maxDistanceKm; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(int hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public int getDurationWeeks() { return durationWeeks; }
    public void setDurationWeeks(int durationWeeks) { this.durationWeeks = durationWeeks; }
    public BigDecimal getMaxRate() { return maxRate; }
    public void setMaxRate(BigDecimal maxRate) { this.maxRate = maxRate; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
