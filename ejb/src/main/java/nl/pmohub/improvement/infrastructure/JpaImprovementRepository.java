package nl.pmohub.improvement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.improvement.application.Board;
import nl.pmohub.improvement.application.CycleSummary;
import nl.pmohub.improvement.application.ImprovementRepository;
import nl.pmohub.improvement.application.MoveSnapshot;
import nl.pmohub.improvement.domain.ImprovementCycle;
import nl.pmohub.improvement.domain.PhaseMove;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Improvement cycles of the current tenant (row-level security and {@code @TenantId}): a board is one query, the
 * cycles with their project's code (a left join: organisation-wide cycles have none), on the indexes of V22. Two
 * next cycles of one cycle are refused by its unique key as the domain would refuse the second.
 */
@ApplicationScoped
public class JpaImprovementRepository extends EntityStore<ImprovementCycle> implements ImprovementRepository {

    private static final String WITH_CODE = "select c, p.code from ImprovementCycle c left join Project p on p.id = c.projectId";

    public JpaImprovementRepository() {
        super(ImprovementCycle.class);
    }

    @Override
    public List<CycleSummary> board(Board board, Waste waste) {
        List<String> conditions = new ArrayList<>();
        board.project().ifPresent(p -> conditions.add("c.projectId = :project"));
        if (waste != null) {
            conditions.add("c.waste = :waste");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery(WITH_CODE + where + " order by c.updatedAt desc, c.title", Object[].class).setMaxResults(BOARD_LIMIT);
        board.project().ifPresent(p -> query.setParameter("project", p));
        if (waste != null) {
            query.setParameter("waste", waste);
        }
        return summaries(query.getResultList());
    }

    @Override
    public Optional<CycleSummary> view(UUID id) {
        return summaries(em.createQuery(WITH_CODE + " where c.id = :id", Object[].class).setParameter("id", id).getResultList()).stream().findFirst();
    }

    /** Up the previous cycles to the first, then down its next ones: one recursive query over the unique next-cycle key. */
    @Override
    public List<CycleSummary> lineage(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                with recursive earlier as (
                    select id, previous_cycle_id from improvement_cycle where id = :id
                    union all
                    select c.id, c.previous_cycle_id from improvement_cycle c join earlier e on c.id = e.previous_cycle_id
                ), later as (
                    select id from earlier where previous_cycle_id is null
                    union all
                    select c.id from improvement_cycle c join later l on c.previous_cycle_id = l.id
                )
                select id from later""").setParameter("id", id).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(em.createQuery(WITH_CODE + " where c.id in :ids order by c.number", Object[].class).setParameter("ids", ids).getResultList());
    }

    @Override
    public void addMove(PhaseMove move) {
        em.persist(move);
    }

    @Override
    public List<MoveSnapshot> moves(UUID cycleId) {
        return em.createQuery("""
                        select new nl.pmohub.improvement.application.MoveSnapshot(m.fromPhase, m.toPhase, m.movedBy, m.movedAt)
                        from PhaseMove m where m.cycleId = :cycle order by m.movedAt""", MoveSnapshot.class)
                .setParameter("cycle", cycleId).getResultList();
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("improvement_cycle_next_uq",
                () -> new RuleViolationException("phase", "improvements.error.done", "The cycle has a next cycle already"));
    }

    private static List<CycleSummary> summaries(List<Object[]> rows) {
        return rows.stream().map(row -> {
            ImprovementCycle c = (ImprovementCycle) row[0];
            return new CycleSummary(c.id(), c.projectId().orElse(null), (String) row[1], c.number(), c.previousCycleId().orElse(null), c.phase(),
                    c.details(), c.outcome(), c.version());
        }).toList();
    }
}
