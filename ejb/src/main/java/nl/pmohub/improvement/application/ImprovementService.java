package nl.pmohub.improvement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import nl.pmohub.improvement.domain.ImprovementCycle;
import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.improvement.domain.PhaseMove;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * PDCA boards. Everyone in the tenant reads them; project managers, the PMO and administrators start, revise, move and
 * continue cycles — a project's only while the project is open. A cycle is reached through a board (a project's, or the
 * organisation's that holds them all), so another project's or tenant's id is not found. Every move is kept with who
 * made it.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class ImprovementService {

    static final String WHAT = "Improvement cycle";

    @Inject
    Clock clock;

    @Inject
    ImprovementRepository cycles;

    @Inject
    ProjectPort projects;

    @Resource
    SessionContext caller;

    /** The board's cycles, the most recently changed first; {@code waste} narrows it to cycles aimed at that waste. */
    public List<CycleSummary> board(@NotNull Board board, Waste waste) {
        board.project().ifPresent(projects::requireExisting);
        return cycles.board(board, waste);
    }

    public CycleSummary get(@NotNull Board board, @NotNull UUID id) {
        board.project().ifPresent(projects::requireExisting);
        return cycles.view(id).filter(c -> board.holds(c.projectId()))
                .orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** Starts a cycle in Plan: on a project's board for the project, on the organisation's board for the whole organisation. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CycleSummary start(@NotNull Board board, @NotNull @Valid CycleDetails details) {
        board.project().ifPresent(projects::requireOpen);
        ImprovementCycle cycle = board.project().map(project -> ImprovementCycle.startFor(project, details))
                .orElseGet(() -> ImprovementCycle.startTenantWide(details));
        cycles.add(cycle);
        cycles.flush();
        cycles.addMove(PhaseMove.of(cycle, null, me(), clock.instant()));
        return stored(cycle);
    }

    /** Changes what the cycle sets out to do, its measured result and its decision. Requires the version read. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CycleSummary revise(@NotNull Board board, @NotNull UUID id, long expectedVersion, @NotNull @Valid CycleDetails details,
                               @NotNull @Valid CycleOutcome outcome) {
        ImprovementCycle cycle = changeable(board, id, expectedVersion);
        cycle.revise(details, outcome);
        return stored(cycle);
    }

    /** Moves the card one phase forward or back (Check needs the result, Act the decision); the move is kept. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CycleSummary move(@NotNull Board board, @NotNull UUID id, long expectedVersion, @NotNull ImprovementPhase to) {
        ImprovementCycle cycle = changeable(board, id, expectedVersion);
        ImprovementPhase from = cycle.moveTo(to);
        if (from != to) {
            cycles.addMove(PhaseMove.of(cycle, from, me(), clock.instant()));
        }
        return stored(cycle);
    }

    /**
     * Starts the next cycle from Act — problem, KPI and owner taken over, the baseline the measured result, the target
     * {@code target} or (null) the same — and closes this one. Answers the new cycle.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CycleSummary nextCycle(@NotNull Board board, @NotNull UUID id, long expectedVersion, @Digits(integer = 12, fraction = 2) BigDecimal target) {
        ImprovementCycle cycle = changeable(board, id, expectedVersion);
        ImprovementCycle next = target == null ? cycle.startNext() : cycle.startNext(target);
        cycles.add(next);
        cycles.flush();
        String me = me();
        cycles.addMove(PhaseMove.of(cycle, ImprovementPhase.ACT, me, clock.instant()));
        cycles.addMove(PhaseMove.of(next, null, me, clock.instant()));
        return stored(next);
    }

    /** The improvement's cycles, first to last: what each set out to reach from where, and what it measured (its KPI over time). */
    public List<CycleSummary> lineage(@NotNull Board board, @NotNull UUID id) {
        get(board, id);
        return cycles.lineage(id);
    }

    /** Every move of the cycle, oldest first. */
    public List<MoveSnapshot> history(@NotNull Board board, @NotNull UUID id) {
        get(board, id);
        return cycles.moves(id);
    }

    /** The cycle on the board at the version the caller read, whose project (if any) is open. */
    private ImprovementCycle changeable(Board board, UUID id, long expectedVersion) {
        board.project().ifPresent(projects::requireExisting);
        ImprovementCycle cycle = cycles.find(id).filter(board::holds).orElseThrow(() -> new NotFoundException(WHAT, id));
        StaleVersionException.require(WHAT, id, expectedVersion, cycle.version());
        cycle.projectId().ifPresent(projects::requireOpen);
        return cycle;
    }

    private CycleSummary stored(ImprovementCycle cycle) {
        cycles.flush();
        return cycles.view(cycle.id()).orElseThrow(() -> new NotFoundException(WHAT, cycle.id()));
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
