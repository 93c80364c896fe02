package nl.pmohub.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.TenantRecord;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An improvement cycle: a small project of its own on a PDCA board, of one project or ({@code projectId} empty) of the
 * whole organisation — so it stands on {@link TenantRecord} with an optional project, and its table keeps the composite
 * key to the project for when one is set. It guards what the board promises:
 * <ul>
 * <li>a card moves one phase at a time, forward or back; Done is final;</li>
 * <li>from Check on it has a measured result, from Act on a decision (adopt, adapt, abandon), and a decision needs a
 * result to stand on — each refusal names the field ({@code result}, {@code decision});</li>
 * <li>the target differs from the baseline (else there is nothing to improve);</li>
 * <li>the next cycle starts from Act: it takes over problem, KPI and target, its baseline is this cycle's result, its
 * number one higher, and this cycle is done.</li>
 * </ul>
 */
@Entity
@Table(name = "improvement_cycle")
public class ImprovementCycle extends TenantRecord {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "previous_cycle_id", updatable = false)
    private UUID previousCycleId;
    @Column(name = "cycle_number", nullable = false, updatable = false)
    private int number;
    @Column(name = "title", nullable = false, length = 160)
    private String title;
    @Column(name = "problem", nullable = false, length = 2000)
    private String problem;
    @Column(name = "kpi", nullable = false, length = 100)
    private String kpi;
    @Column(name = "baseline", nullable = false, precision = 14, scale = 2)
    private BigDecimal baseline;
    @Column(name = "target", nullable = false, precision = 14, scale = 2)
    private BigDecimal target;
    @Column(name = "unit", nullable = false, length = 30)
    private String unit;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(name = "waste", length = 14)
    private Waste waste;
    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 5)
    private ImprovementPhase phase;
    @Column(name = "result", precision = 14, scale = 2)
    private BigDecimal result;
    @Column(name = "result_note", nullable = false, length = 1000)
    private String resultNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 7)
    private Decision decision;
    @Column(name = "rationale", nullable = false, length = 1000)
    private String rationale;

    protected ImprovementCycle() {
    }

    /** A first cycle of the project, in Plan. */
    public static ImprovementCycle startFor(UUID projectId, CycleDetails details) {
        return start(Objects.requireNonNull(projectId, "projectId"), null, 1, details);
    }

    /** A first cycle of the whole organisation (no project), in Plan. */
    public static ImprovementCycle startTenantWide(CycleDetails details) {
        return start(null, null, 1, details);
    }

    private static ImprovementCycle start(UUID projectId, UUID previousCycleId, int number, CycleDetails details) {
        ImprovementCycle cycle = new ImprovementCycle();
        cycle.identify();
        cycle.projectId = projectId;
        cycle.previousCycleId = previousCycleId;
        cycle.number = number;
        cycle.phase = ImprovementPhase.PLAN;
        cycle.describe(details);
        cycle.record(CycleOutcome.NONE);
        return cycle;
    }

    /** Changes what the cycle sets out to do and what it found; what its phase needs must stay. */
    public void revise(CycleDetails details, CycleOutcome outcome) {
        requireNotDone();
        requireOutcomeFor(phase, outcome);
        describe(details);
        record(outcome);
    }

    /**
     * Moves the card one phase forward or back and answers the phase it left; moving to where it is changes nothing.
     * Check needs the measured result, Act the decision.
     */
    public ImprovementPhase moveTo(ImprovementPhase to) {
        ImprovementPhase from = phase;
        if (to == from) {
            return from;
        }
        requireNotDone();
        if (!from.adjacentTo(to)) {
            throw new RuleViolationException("phase", "improvements.error.oneStep", "Moves one phase at a time: not " + from + " → " + to);
        }
        requireOutcomeFor(to, outcome());
        phase = to;
        return from;
    }

    /** {@link #startNext(BigDecimal)} with this cycle's target. */
    public ImprovementCycle startNext() {
        return startNext(target);
    }

    /**
     * Starts the next cycle from Act and closes this one: same problem, KPI, unit, owner and waste, the baseline this
     * cycle's result, the target {@code newTarget}, which must differ from the new baseline.
     */
    public ImprovementCycle startNext(BigDecimal newTarget) {
        if (phase != ImprovementPhase.ACT) {
            throw new RuleViolationException("phase", "improvements.error.nextFromAct", "A next cycle starts from Act, not " + phase);
        }
        ImprovementCycle next = start(projectId, id(), number + 1,
                new CycleDetails(title, problem, kpi, result, Objects.requireNonNull(newTarget, "newTarget"), unit, owner, waste));
        phase = ImprovementPhase.DONE;
        return next;
    }

    private void describe(CycleDetails d) {
        if (d.target().compareTo(d.baseline()) == 0) {
            throw new RuleViolationException("target", "improvements.error.targetIsBaseline", "The target equals the baseline");
        }
        title = d.title().strip();
        problem = d.problem().strip();
        kpi = d.kpi().strip();
        baseline = d.baseline();
        target = d.target();
        unit = d.unit().strip();
        owner = d.owner().strip();
        waste = d.waste();
    }

    private void record(CycleOutcome o) {
        if (o.decision() != null && !o.measured()) {
            throw new RuleViolationException("decision", "improvements.error.decisionWithoutResult", "A decision needs a measured result");
        }
        result = o.result();
        resultNote = text(o.resultNote());
        decision = o.decision();
        rationale = text(o.rationale());
    }

    private static void requireOutcomeFor(ImprovementPhase phase, CycleOutcome outcome) {
        if (phase.reached(ImprovementPhase.CHECK) && !outcome.measured()) {
            throw new RuleViolationException("result", "improvements.error.resultMissing", "Check needs the measured result");
        }
        if (phase.reached(ImprovementPhase.ACT) && outcome.decision() == null) {
            throw new RuleViolationException("decision", "improvements.error.decisionMissing", "Act needs a decision");
        }
    }

    private void requireNotDone() {
        if (phase == ImprovementPhase.DONE) {
            throw new RuleViolationException("phase", "improvements.error.done", "The cycle is done");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public CycleDetails details() {
        return new CycleDetails(title, problem, kpi, baseline, target, unit, owner, waste);
    }

    public CycleOutcome outcome() {
        return new CycleOutcome(result, resultNote, decision, rationale);
    }

    public Optional<UUID> projectId() { return Optional.ofNullable(projectId); }
    public Optional<UUID> previousCycleId() { return Optional.ofNullable(previousCycleId); }
    public int number() { return number; }
    public ImprovementPhase phase() { return phase; }
    public String title() { return title; }
}
