package nl.pmohub.hours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.hours.application.TimesheetRepository;
import nl.pmohub.hours.application.TimesheetSummary;
import nl.pmohub.hours.application.WeekTotal;
import nl.pmohub.hours.domain.SheetStatus;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Timesheets of the current tenant. A list is two queries whatever its length: the weeks (with their
 * project's code and name), then the days of all of them. Totals per week are kept on the timesheet, so
 * the lists and the project's weekly chart never add up entries.
 */
@ApplicationScoped
public class JpaTimesheetRepository extends ProjectRecordStore<Timesheet> implements TimesheetRepository {

    static final String ONE_PER_WEEK = "timesheet_one_per_week";

    private static final String SELECT_ROW = """
            select new nl.pmohub.hours.infrastructure.SheetRow(t.id, t.projectId, p.code, p.name, t.person, t.weekStart,
                t.status, t.totalHours, t.comment, t.decidedBy, t.decidedAt, t.version)""";
    private static final String FROM = " from Timesheet t join Project p on p.id = t.projectId";
    private static final String ROW = SELECT_ROW + FROM;

    public JpaTimesheetRepository() {
        super(Timesheet.class, "Timesheet");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of(ONE_PER_WEEK, () -> new RuleViolationException("weekStart", "hours.error.weekRace",
                "The week was opened at the same moment elsewhere; reload it"));
    }

    @Override
    public Optional<Timesheet> find(UUID projectId, String person, LocalDate weekStart) {
        return em.createQuery("select t from Timesheet t where t.projectId = :project and t.person = :person and t.weekStart = :week", Timesheet.class)
                .setParameter("project", projectId).setParameter("person", person).setParameter("week", weekStart)
                .getResultStream().findFirst();
    }

    @Override
    public Map<LocalDate, BigDecimal> hoursElsewhere(String person, LocalDate weekStart, UUID except) {
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        em.createQuery("""
                        select e.workDate, sum(e.hours) from TimeEntry e
                        where e.person = :person and e.workDate between :from and :to and e.projectId <> :except
                        group by e.workDate""", Object[].class)
                .setParameter("person", person).setParameter("from", weekStart).setParameter("to", weekStart.plusDays(6))
                .setParameter("except", except)
                .getResultList().forEach(row -> byDay.put((LocalDate) row[0], (BigDecimal) row[1]));
        return byDay;
    }

    @Override
    public List<TimesheetSummary> ofPerson(String person, LocalDate weekStart) {
        return withDays(em.createQuery(ROW + " where t.person = :person and t.weekStart = :week order by p.code", SheetRow.class)
                .setParameter("person", person).setParameter("week", weekStart).getResultList());
    }

    @Override
    public Optional<TimesheetSummary> summary(UUID projectId, UUID id) {
        return withDays(em.createQuery(ROW + " where t.id = :id and t.projectId = :project", SheetRow.class)
                .setParameter("id", id).setParameter("project", projectId).getResultList()).stream().findFirst();
    }

    @Override
    public Page<TimesheetSummary> toApprove(PageRequest page) {
        List<Object[]> rows = em.createQuery(SELECT_ROW + ", count(*) over ()" + FROM + " where t.status = :submitted order by t.weekStart, t.id",
                        Object[].class)
                .setParameter("submitted", SheetStatus.SUBMITTED).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Page<SheetRow> weeks = pageOf(rows, SheetRow.class, page, () -> em.createQuery("select count(t) from Timesheet t where t.status = :submitted",
                Long.class).setParameter("submitted", SheetStatus.SUBMITTED).getSingleResult());
        return new Page<>(withDays(weeks.items()), page.page(), page.size(), weeks.total());
    }

    @Override
    public List<WeekTotal> weeksOfProject(UUID projectId, LocalDate from) {
        return em.createQuery("""
                        select new nl.pmohub.hours.application.WeekTotal(t.weekStart,
                            sum(case when t.status = :approved then t.totalHours else 0 end),
                            sum(case when t.status <> :approved then t.totalHours else 0 end))
                        from Timesheet t where t.projectId = :project and t.weekStart >= :from
                        group by t.weekStart order by t.weekStart""", WeekTotal.class)
                .setParameter("approved", SheetStatus.APPROVED).setParameter("project", projectId).setParameter("from", from)
                .getResultList();
    }

    /** Adds the seven days to each row from one query over all of their entries. */
    private List<TimesheetSummary> withDays(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, BigDecimal[]> days = new HashMap<>();
        Map<UUID, LocalDate> weeks = new HashMap<>();
        rows.forEach(row -> {
            BigDecimal[] week = new BigDecimal[7];
            Arrays.fill(week, BigDecimal.ZERO);
            days.put(row.id(), week);
            weeks.put(row.id(), row.weekStart());
        });
        em.createQuery("select e.timesheet.id, e.workDate, e.hours from TimeEntry e where e.timesheet.id in :ids", Object[].class)
                .setParameter("ids", days.keySet())
                .getResultList().forEach(entry -> {
                    UUID sheet = (UUID) entry[0];
                    int day = (int) ChronoUnit.DAYS.between(weeks.get(sheet), (LocalDate) entry[1]);
                    days.get(sheet)[day] = (BigDecimal) entry[2];
                });
        List<TimesheetSummary> summaries = new ArrayList<>(rows.size());
        rows.forEach(row -> summaries.add(row.withDays(List.of(days.get(row.id())))));
        return Collections.unmodifiableList(summaries);
    }
}
