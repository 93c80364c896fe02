package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import nl.pmohub.planning.application.SprintRepository;
import nl.pmohub.planning.application.SprintSummary;
import nl.pmohub.planning.domain.Burndown;
import nl.pmohub.planning.domain.ItemStatus;
import nl.pmohub.planning.domain.Sprint;
import nl.pmohub.planning.domain.SprintStatus;
import nl.pmohub.planning.domain.Velocity;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sprints of the current tenant. Lists are projections with their items' totals (one query each, no
 * per-row loading). {@link #flush()} turns the database's backstops (a team's overlapping sprints, a
 * second active sprint, a sprint number taken twice) into the same refusals the service raises when it
 * sees them first, so a race loses with a 409 instead of a 500.
 */
@ApplicationScoped
public class JpaSprintRepository extends ProjectRecordStore<Sprint> implements SprintRepository {

    /** Names of the constraints in V5__scrum.sql and the field each one is about. */
    static final String NO_OVERLAP = "sprint_team_no_overlap";
    static final String ONE_ACTIVE = "sprint_one_active_per_team";
    static final String NUMBER_UNIQUE = "sprint_number_unique";

    public JpaSprintRepository() {
        super(Sprint.class, "Sprint");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of(
                NO_OVERLAP, () -> new RuleViolationException("startDate", "scrum.error.overlapRace", "The team already has a sprint in this period"),
                ONE_ACTIVE, () -> new RuleViolationException("team", "scrum.error.teamBusyRace",
                        "The team already has an active sprint; review it first"),
                NUMBER_UNIQUE, () -> new RuleViolationException("number", "scrum.error.numberRace",
                        "Another sprint was planned at the same moment; try again"));
    }

    @Override
    public int nextNumber(UUID projectId) {
        Integer max = em.createQuery("select max(s.number) from Sprint s where s.projectId = :project", Integer.class)
                .setParameter("project", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** A sprint of the same team (in any project of the tenant) sharing a day with the given period, if any. */
    @Override
    public Optional<Sprint> overlapping(String team, LocalDate start, LocalDate end, UUID except) {
        return em.createQuery("""
                select s from Sprint s where s.team = :team and s.startDate <= :end and s.endDate >= :start and s.id <> :except
                order by s.startDate""", Sprint.class)
                .setParameter("team", team.strip()).setParameter("start", start).setParameter("end", end)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether another sprint of the team is running. */
    @Override
    public boolean teamBusy(String team, UUID except) {
        return !em.createQuery("select s.id from Sprint s where s.team = :team and s.status = :active and s.id <> :except", UUID.class)
                .setParameter("team", team).setParameter("active", SprintStatus.ACTIVE).setParameter("except", except)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<SprintSummary> ofProject(UUID projectId) {
        return views("s.projectId = :project", "project", projectId);
    }

    @Override
    public Optional<SprintSummary> view(UUID projectId, UUID id) {
        return views("s.projectId = :project and s.id = :id", "project", projectId, "id", id).stream().findFirst();
    }

    /** Sprints with their items' totals; a tuple query, as JPQL has no cast of the aggregates to the view's types. */
    private List<SprintSummary> views(String where, Object... parameters) {
        TypedQuery<Object[]> query = em.createQuery("""
                select s.id, s.projectId, s.team, s.number, s.goal, s.startDate, s.endDate, s.status, s.committedPoints,
                    s.completedPoints, s.reviewNotes, s.reviewedOn, s.version,
                    count(i.id), sum(i.estimate), sum(case when i.status = :done then i.estimate else 0 end)
                from Sprint s left join BacklogItem i on i.sprintId = s.id
                where\s""" + where + """
                 group by s.id, s.projectId, s.team, s.number, s.goal, s.startDate, s.endDate, s.status, s.committedPoints,
                    s.completedPoints, s.reviewNotes, s.reviewedOn, s.version
                order by s.startDate, s.number""", Object[].class)
                .setParameter("done", ItemStatus.DONE);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.getResultStream().map(r -> new SprintSummary((UUID) r[0], (UUID) r[1], (String) r[2], (Integer) r[3], (String) r[4],
                (LocalDate) r[5], (LocalDate) r[6], (SprintStatus) r[7], (Integer) r[8], (Integer) r[9], (String) r[10],
                (LocalDate) r[11], number(r[13]), number(r[14]), number(r[15]), (Long) r[12])).toList();
    }

    private static int number(Object aggregate) {
        return aggregate == null ? 0 : ((Number) aggregate).intValue();
    }

    /**
     * The burndown of a sprint of the project, from one query: the sprint's dates and commitment with its
     * items' points grouped by the day they were done (no day: not done).
     */
    @Override
    public Optional<Burndown> burndown(UUID projectId, UUID id, LocalDate today) {
        List<Object[]> rows = em.createQuery("""
                select s.number, s.startDate, s.endDate, s.committedPoints, i.doneOn, sum(i.estimate)
                from Sprint s left join BacklogItem i on i.sprintId = s.id
                where s.projectId = :project and s.id = :id
                group by s.number, s.startDate, s.endDate, s.committedPoints, i.doneOn""", Object[].class)
                .setParameter("project", projectId).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        int planned = 0;
        Map<LocalDate, Integer> doneByDay = new HashMap<>();
        for (Object[] row : rows) {
            int points = row[5] == null ? 0 : ((Number) row[5]).intValue();
            planned += points;
            if (row[4] != null) {
                doneByDay.merge((LocalDate) row[4], points, Integer::sum);
            }
        }
        return Optional.of(Burndown.of(id, (Integer) first[0], (LocalDate) first[1], (LocalDate) first[2], (Integer) first[3],
                planned, doneByDay, today));
    }

    /** The project's closed sprints with commitment and result. */
    @Override
    public Velocity velocity(UUID projectId) {
        List<Velocity.Entry> closed = em.createQuery("""
                select s.id, s.number, s.team, s.endDate, s.committedPoints, s.completedPoints
                from Sprint s where s.projectId = :project and s.status = :closed""", Object[].class)
                .setParameter("project", projectId).setParameter("closed", SprintStatus.CLOSED)
                .getResultStream()
                .map(r -> new Velocity.Entry((UUID) r[0], (Integer) r[1], (String) r[2], (LocalDate) r[3],
                        r[4] == null ? 0 : (Integer) r[4], r[5] == null ? 0 : (Integer) r[5]))
                .toList();
        return Velocity.of(closed);
    }
}
