package nl.pmohub.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A risk of a project. Its score is the probability times the highest of its four impacts, kept in columns so heat
 * maps and top lists are index ranges. Residual probability and impact come together; a risk that occurred or was
 * closed keeps its last assessment.
 */
@Entity
@Table(name = "risk")
public class Risk extends ProjectRecord {

    /** Score bands, as the heat map colours them: 15 and up high, 8 and up medium, the rest low. */
    public static final int HIGH = 15;
    public static final int MEDIUM = 8;

    @Column(name = "title", nullable = false, length = 160)
    private String title;
    @Column(name = "description", nullable = false, length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 14)
    private RiskCategory category;
    @Column(name = "cause", nullable = false, length = 1000)
    private String cause;
    @Column(name = "effect", nullable = false, length = 1000)
    private String effect;
    @Column(name = "probability", nullable = false)
    private int probability;
    @Column(name = "impact_cost", nullable = false)
    private int impactCost;
    @Column(name = "impact_time", nullable = false)
    private int impactTime;
    @Column(name = "impact_quality", nullable = false)
    private int impactQuality;
    @Column(name = "impact_reputation", nullable = false)
    private int impactReputation;
    @Column(name = "impact", nullable = false)
    private int impact;
    @Column(name = "score", nullable = false)
    private int score;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(name = "response", nullable = false, length = 8)
    private RiskResponse response;
    @Enumerated(EnumType.STRING)
    @Column(name = "proximity", nullable = false, length = 14)
    private Proximity proximity;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private RiskStatus status;
    @Column(name = "residual_probability")
    private Integer residualProbability;
    @Column(name = "residual_impact")
    private Integer residualImpact;
    @Column(name = "next_review", nullable = false)
    private LocalDate nextReview;

    protected Risk() {
    }

    public static Risk raise(UUID projectId, RiskDetails details) {
        Risk risk = new Risk();
        risk.identify(projectId);
        risk.assess(details);
        return risk;
    }

    /**
     * Records a new assessment and answers what changed, in words for the history ("score 12 → 16, owner …"); empty
     * when nothing did.
     */
    public List<String> reassess(RiskDetails details) {
        RiskDetails before = details();
        assess(details);
        List<String> changes = new ArrayList<>();
        if (before.score() != score) {
            changes.add("score " + before.score() + " → " + score);
        }
        if (before.status() != status) {
            changes.add("status " + before.status() + " → " + status);
        }
        if (!before.owner().equals(owner)) {
            changes.add("owner " + before.owner() + " → " + owner);
        }
        if (before.response() != response) {
            changes.add("response " + before.response() + " → " + response);
        }
        if (!before.equals(details())) {
            changes.add(changes.isEmpty() ? "details" : "");
        }
        return changes.stream().filter(c -> !c.isEmpty()).toList();
    }

    private void assess(RiskDetails d) {
        if ((d.residualProbability() == null) != (d.residualImpact() == null)) {
            throw new RuleViolationException("residualImpact", "risk.error.residualPair", "Residual probability and impact come together");
        }
        title = d.title().strip();
        description = text(d.description());
        category = d.category();
        cause = text(d.cause());
        effect = text(d.effect());
        probability = d.probability();
        impactCost = d.impactCost();
        impactTime = d.impactTime();
        impactQuality = d.impactQuality();
        impactReputation = d.impactReputation();
        impact = d.impact();
        score = d.score();
        owner = d.owner().strip();
        response = d.response();
        proximity = d.proximity();
        status = d.status();
        residualProbability = d.residualProbability();
        residualImpact = d.residualImpact();
        nextReview = d.nextReview();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Whether the review date has passed while the risk is open. */
    public boolean reviewOverdue(LocalDate today) {
        return status == RiskStatus.OPEN && nextReview.isBefore(today);
    }

    public RiskDetails details() {
        return new RiskDetails(title, description, category, cause, effect, probability, impactCost, impactTime, impactQuality, impactReputation,
                owner, response, proximity, status, residualProbability, residualImpact, nextReview);
    }

    public int score() { return score; }
    public int impact() { return impact; }
    public int probability() { return probability; }
    public RiskStatus status() { return status; }
    public String title() { return title; }
    public String owner() { return owner; }
}
