package nl.pmohub.stakeholder.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;
import nl.pmohub.stakeholder.application.CommunicationRepository;
import nl.pmohub.stakeholder.application.CommunicationSummary;
import nl.pmohub.stakeholder.domain.Communication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Communication plans of the current tenant; due lines are a range of the partial index on next_due (V21). */
@ApplicationScoped
public class JpaCommunicationRepository extends ProjectRecordStore<Communication> implements CommunicationRepository {

    private static final String WITH_CODE = "select c, p.code from Communication c join Project p on p.id = c.projectId";

    public JpaCommunicationRepository() {
        super(Communication.class, "Communication");
    }

    @Override
    public List<CommunicationSummary> ofProject(UUID projectId) {
        return summaries(em.createQuery(WITH_CODE + " where c.projectId = :project order by c.nextDue nulls last, c.subject", Object[].class)
                .setParameter("project", projectId).getResultList());
    }

    @Override
    public Optional<CommunicationSummary> view(UUID projectId, UUID id) {
        return summaries(em.createQuery(WITH_CODE + " where c.projectId = :project and c.id = :id", Object[].class)
                .setParameter("project", projectId).setParameter("id", id).getResultList()).stream().findFirst();
    }

    @Override
    public List<CommunicationSummary> dueBefore(LocalDate before, int limit) {
        return summaries(em.createQuery(WITH_CODE + " where c.nextDue < :before order by c.nextDue, c.subject", Object[].class)
                .setParameter("before", before).setMaxResults(limit).getResultList());
    }

    @Override
    public long countDueBefore(LocalDate before) {
        return em.createQuery("select count(c) from Communication c where c.nextDue < :before", Long.class).setParameter("before", before).getSingleResult();
    }

    private static List<CommunicationSummary> summaries(List<Object[]> rows) {
        return rows.stream().map(row -> {
            Communication c = (Communication) row[0];
            return new CommunicationSummary(c.id(), c.projectId(), (String) row[1], c.details(), c.lastDone().orElse(null), c.nextDue().orElse(null),
                    c.version());
        }).toList();
    }
}
