package nl.pmohub.risk.application;

import nl.pmohub.reporting.application.OpenRisks.RiskCount;
import nl.pmohub.risk.domain.Risk;
import nl.pmohub.risk.domain.RiskAction;
import nl.pmohub.risk.domain.RiskChange;
import nl.pmohub.shared.application.ProjectRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Risks of the current tenant and their changes; lists are projections with the project's code. */
public interface RiskRepository extends ProjectRecords<Risk> {

    /** The project's risks, highest score first; a cell of the heat map ({@code probability} and {@code impact}) narrows them to open ones there. */
    List<RiskSummary> ofProject(UUID projectId, Integer probability, Integer impact, boolean withClosed);

    Optional<RiskSummary> view(UUID projectId, UUID id);

    /** Open risks counted per probability and impact, of one project or ({@code projectId} null) of the whole tenant. */
    List<HeatCell> heatMap(UUID projectId);

    /** The tenant's open risks with the highest scores. */
    List<RiskSummary> top(int limit);

    /** The tenant's open risks whose review date has passed, longest overdue first. */
    List<RiskSummary> reviewsOverdue(LocalDate today, int limit);

    /** How many of the tenant's open risks have their review date before {@code today}. */
    long countReviewsOverdue(LocalDate today);

    /** The project's open risks by score band. */
    RiskCount bands(UUID projectId);

    void addChange(RiskChange change);

    void addAction(RiskAction action);

    /** The risk's actions, by due date. */
    List<RiskAction> actions(UUID projectId, UUID riskId);

    Optional<RiskAction> action(UUID projectId, UUID riskId, UUID actionId);

    /** Every change of a risk, oldest first. */
    List<RiskSnapshot> history(UUID projectId, UUID riskId);

    /** The project's register as it stood at {@code at}: each risk as its last change before then left it. */
    List<RiskSnapshot> asOf(UUID projectId, Instant at);
}
