package nl.pmohub.hours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.hours.application.LabourCosts;
import nl.pmohub.hours.application.LabourMonth;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Approved hours of a project per month at the rate valid on each day, summed by PostgreSQL: one range of the
 * partial index of approved entries (V11), the rate found per entry through the unique index on person and day.
 * Row-level security keeps it within the tenant; the tenant condition is spelled out for the planner.
 */
@ApplicationScoped
public class SqlLabourCosts implements LabourCosts {

    private static final String APPROVED_BY_MONTH = """
            select date_trunc('month', e.work_date)::date, sum(e.hours), coalesce(sum(e.hours * r.hourly_rate), 0),
                   coalesce(sum(e.hours) filter (where r.hourly_rate is null), 0)
            from time_entry e
            left join lateral (
                select p.hourly_rate from person_rate p
                where p.tenant_id = e.tenant_id and p.person = e.person and p.valid_from <= e.work_date
                order by p.valid_from desc limit 1) r on true
            where e.tenant_id = current_setting('app.tenant_id', true) and e.project_id = :project and e.approved
            group by 1 order by 1""";

    private static final String APPROVED_BETWEEN = """
            select coalesce(sum(e.hours), 0) from time_entry e
            where e.tenant_id = current_setting('app.tenant_id', true) and e.project_id = :project and e.approved
              and e.work_date between :first and :last""";

    private static final String APPROVED_OF_PERSON = """
            select coalesce(sum(e.hours), 0) from time_entry e
            where e.tenant_id = current_setting('app.tenant_id', true) and e.project_id = :project and e.approved and e.person = :person
              and e.work_date between :first and :last""";

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<LabourMonth> approvedByMonth(UUID projectId) {
        List<Object[]> rows = em.createNativeQuery(APPROVED_BY_MONTH).setParameter("project", projectId).getResultList();
        return rows.stream().map(row -> new LabourMonth(YearMonth.from(SqlValues.localDate(row[0])), (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3])).toList();
    }

    @Override
    public BigDecimal approvedHours(UUID projectId, LocalDate first, LocalDate last) {
        return (BigDecimal) em.createNativeQuery(APPROVED_BETWEEN).setParameter("project", projectId).setParameter("first", first)
                .setParameter("last", last).getSingleResult();
    }

    @Override
    public BigDecimal approvedHoursOf(UUID projectId, String person, LocalDate first, LocalDate last) {
        return (BigDecimal) em.createNativeQuery(APPROVED_OF_PERSON).setParameter("project", projectId).setParameter("person", person).setParameter("first", first)
                .setParameter("last", last).getSingleResult();
    }
}
