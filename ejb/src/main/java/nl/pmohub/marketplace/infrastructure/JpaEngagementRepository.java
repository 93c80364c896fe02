package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.application.EngagementRepository;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.shared.infrastructure.EntityStore;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Engagements. The client's queries name the tenant for the planner; row-level security (V18) enforces it. */
@ApplicationScoped
public class JpaEngagementRepository extends EntityStore<Engagement> implements EngagementRepository {

    @Inject
    CurrentTenant tenant;

    public JpaEngagementRepository() {
        super(Engagement.class);
    }

    @Override
    public List<Engagement> ofClient(int limit) {
        return em.createQuery("select e from Engagement e where e.clientTenant = :tenant order by e.startDate desc", Engagement.class)
                .setParameter("tenant", tenant.require()).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Engagement> ofProfessional(UUID professionalId) {
        return em.createQuery("select e from Engagement e where e.professionalId = :professional order by e.startDate desc", Engagement.class)
                .setParameter("professional", professionalId).getResultList();
    }

    @Override
    public List<Engagement> ofGuest(String tenantUsername) {
        return em.createQuery("select e from Engagement e where e.clientTenant = :tenant and e.tenantUsername = :username",
                Engagement.class).setParameter("tenant", tenant.require()).setParameter("username", tenantUsername).getResultList();
    }

    @Override
    public boolean engagedOn(UUID professionalId, UUID projectId, LocalDate first, LocalDate last) {
        return !em.createQuery("""
                        select e.id from Engagement e where e.clientTenant = :tenant and e.professionalId = :professional and e.projectId = :project
                        and e.startDate <= :last and coalesce(e.endedOn, e.endDate) >= :first and coalesce(e.endedOn, e.endDate) >= e.startDate""", UUID.class)
                .setParameter("tenant", tenant.require()).setParameter("professional", professionalId).setParameter("project", projectId)
                .setParameter("first", first).setParameter("last", last).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public int committedHours(UUID professionalId, LocalDate first, LocalDate last) {
        return ((Number) em.createNativeQuery("select professional_committed_hours(:professional, :first, :last)")
                .setParameter("professional", professionalId).setParameter("first", first).setParameter("last", last).getSingleResult()).intValue();
    }

    @Override
    public List<Engagement> runningSince(LocalDate first) {
        return em.createQuery("select e from Engagement e where e.clientTenant = :tenant"
                + " and coalesce(e.endedOn, e.endDate) >= :first", Engagement.class).setParameter("tenant", tenant.require()).setParameter("first", first).getResultList();
    }

    @Override
    public List<String> clientsRunningSince(LocalDate first) {
        return em.createQuery("select distinct e.clientTenant from Engagement e where coalesce(e.endedOn, e.endDate) >= :first", String.class)
                .setParameter("first", first).getResultList();
    }
}
