package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.RiskStatus;

import java.time.Instant;
import java.util.UUID;

/** A risk as one change left it: a line of its history, or of the register as it stood on a day. */
public record RiskSnapshot(UUID riskId, Instant changedAt, String changedBy, String what, String title, int probability, int impact, int score,
                           RiskStatus status, String owner) {
}
