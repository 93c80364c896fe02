package nl.pmohub.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * One move of a cycle on its board, written once and kept: who moved it when, from which phase (none when it was
 * started) to which. The board's history and the time a cycle spent per phase are read from these.
 */
@Entity
@Table(name = "improvement_move")
public class PhaseMove extends TenantOwned {

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", updatable = false, length = 5)
    private ImprovementPhase fromPhase;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false, updatable = false, length = 5)
    private ImprovementPhase toPhase;
    @Column(name = "moved_by", nullable = false, updatable = false, length = 100)
    private String movedBy;
    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected PhaseMove() {
    }

    /** The cycle's move from {@code from} (null: it was started) to the phase it is in now. */
    public static PhaseMove of(ImprovementCycle cycle, ImprovementPhase from, String by, Instant at) {
        PhaseMove move = new PhaseMove();
        move.identify();
        move.cycleId = cycle.id();
        move.fromPhase = from;
        move.toPhase = cycle.phase();
        move.movedBy = by;
        move.movedAt = at;
        return move;
    }
}
