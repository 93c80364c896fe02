package nl.pmohub.risk.web;

import nl.pmohub.risk.application.RiskSummary;
import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.web.RecordForm;

import java.time.LocalDate;

/** What the risk dialog edits; checked as the {@link RiskDetails} it becomes. */
public class RiskForm extends RecordForm<RiskDetails> {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private RiskCategory category = RiskCategory.ORGANISATIONAL;
    private String cause;
    private String effect;
    private int probability = 3;
    private int impactCost = 3;
    private int impactTime = 3;
    private int impactQuality = 1;
    private int impactReputation = 1;
    private String owner;
    private RiskResponse response = RiskResponse.MITIGATE;
    private Proximity proximity = Proximity.WITHIN_QUARTER;
    private RiskStatus status = RiskStatus.OPEN;
    private Integer residualProbability;
    private Integer residualImpact;
    private LocalDate nextReview;

    static RiskForm raising(String owner, LocalDate nextReview) {
        RiskForm form = new RiskForm();
        form.owner = owner;
        form.nextReview = nextReview;
        return form;
    }

    static RiskForm of(RiskSummary risk) {
        RiskForm form = new RiskForm();
        form.editing(risk);
        RiskDetails d = risk.details();
        form.title = d.title();
        form.description = d.description();
        form.category = d.category();
        form.cause = d.cause();
        form.effect = d.effect();
        form.probability = d.probability();
        form.impactCost = d.impactCost();
        form.impactTime = d.impactTime();
        form.impactQuality = d.impactQuality();
        form.impactReputation = d.impactReputation();
        form.owner = d.owner();
        form.response = d.response();
        form.proximity = d.proximity();
        form.status = d.status();
        form.residualProbability = d.residualProbability();
        form.residualImpact = d.residualImpact();
        form.nextReview = d.nextReview();
        return form;
    }

    @Override
    public RiskDetails toDetails() {
        return new RiskDetails(title, description, category, cause, effect, probability, impactCost, impactTime, impactQuality, impactReputation,
                owner, response, proximity, status, residualProbability, residualImpact, nextReview);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public RiskCategory getCategory() { return category; }
    public void setCategory(RiskCategory category) { this.category = category; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getEffect() { return effect; }
    public void setEffect(String effect) { this.effect = effect; }
    public int getProbability() { return probability; }
    public void setProbability(int probability) { this.probability = probability; }
    public int getImpactCost() { return impactCost; }
    public void setImpactCost(int impactCost) { this.impactCost = impactCost; }
    public int getImpactTime() { return impactTime; }
    public void setImpactTime(int impactTime) { this.impactTime = impactTime; }
    public int getImpactQuality() { return impactQuality; }
    public void setImpactQuality(int impactQuality) { this.impactQuality = impactQuality; }
    public int getImpactReputation() { return impactReputation; }
    public void setImpactReputation(int impactReputation) { this.impactReputation = impactReputation; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public RiskResponse getResponse() { return response; }
    public void setResponse(RiskResponse response) { this.response = response; }
    public Proximity getProximity() { return proximity; }
    public void setProximity(Proximity proximity) { this.proximity = proximity; }
    public RiskStatus getStatus() { return status; }
    public void setStatus(RiskStatus status) { this.status = status; }
    public Integer getResidualProbability() { return residualProbability; }
    public void setResidualProbability(Integer residualProbability) { this.residualProbability = residualProbability; }
    public Integer getResidualImpact() { return residualImpact; }
    public void setResidualImpact(Integer residualImpact) { this.residualImpact = residualImpact; }
    public LocalDate getNextReview() { return nextReview; }
    public void setNextReview(LocalDate nextReview) { this.nextReview = nextReview; }
}
