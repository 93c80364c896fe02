package nl.pmohub.hours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.hours.application.RateRepository;
import nl.pmohub.hours.application.RateSummary;
import nl.pmohub.hours.domain.PersonRate;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hourly rates of the current tenant. */
@ApplicationScoped
public class JpaRateRepository extends EntityStore<PersonRate> implements RateRepository {

    public JpaRateRepository() {
        super(PersonRate.class);
    }

    @Override
    public Optional<PersonRate> find(String person, LocalDate validFrom) {
        return em.createQuery("select r from PersonRate r where r.person = :person and r.validFrom = :from", PersonRate.class)
                .setParameter("person", person).setParameter("from", validFrom).getResultStream().findFirst();
    }

    @Override
    public List<RateSummary> all() {
        return em.createQuery("""
                select new nl.pmohub.hours.application.RateSummary(r.id, r.person, r.hourlyRate, r.validFrom, r.version)
                from PersonRate r order by r.person, r.validFrom desc""", RateSummary.class).getResultList();
    }
}
