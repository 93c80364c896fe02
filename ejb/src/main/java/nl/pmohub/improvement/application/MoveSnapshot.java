package nl.pmohub.improvement.application;

import nl.pmohub.improvement.domain.ImprovementPhase;

import java.time.Instant;

/** One move of a cycle as its history lists it; {@code from} is null for the start. */
public record MoveSnapshot(ImprovementPhase from, ImprovementPhase to, String movedBy, Instant movedAt) {
}
