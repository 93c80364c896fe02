package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.GateDecisionDetails;

import java.util.UUID;

/** The recorded decision of a stage gate, with its documents. */
public record GateSummary(UUID id, UUID stageId, GateDecisionDetails decision) {
}
