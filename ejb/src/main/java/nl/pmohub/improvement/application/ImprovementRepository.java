package nl.pmohub.improvement.application;

import nl.pmohub.improvement.domain.ImprovementCycle;
import nl.pmohub.improvement.domain.PhaseMove;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.application.Records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Improvement cycles of the current tenant and their moves; boards are projections with the project's code. */
public interface ImprovementRepository extends Records<ImprovementCycle> {

    /** The most cards one board shows: the most recently changed ones. */
    int BOARD_LIMIT = 500;

    /** The cycles on a board (optionally only those aimed at one waste), the most recently changed first. */
    List<CycleSummary> board(Board board, Waste waste);

    Optional<CycleSummary> view(UUID id);

    /** Every cycle of the improvement the cycle belongs to (from its first cycle through each next one), by number. */
    List<CycleSummary> lineage(UUID id);

    void addMove(PhaseMove move);

    /** A cycle's moves, oldest first. */
    List<MoveSnapshot> moves(UUID cycleId);
}
