package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.shared.application.Records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Engagements (platform records of one client each, like their agreements). */
public interface EngagementRepository extends Records<Engagement> {

    /** The current tenant's engagements, latest start first. */
    List<Engagement> ofClient(int limit);

    /** A professional's engagements with every client, latest start first. */
    List<Engagement> ofProfessional(UUID professionalId);

    /** The current tenant's engagements of one of its guest accounts (asked on every request of a guest). */
    List<Engagement> ofGuest(String tenantUsername);

    /** Whether the professional has a concluded engagement on the project overlapping the period (in the current tenant). */
    boolean engagedOn(UUID professionalId, UUID projectId, LocalDate first, LocalDate last);

    /** Hours a week the professional promised in concluded engagements overlapping the period, with all clients. */
    int committedHours(UUID professionalId, LocalDate first, LocalDate last);

    /** The current tenant's engagements whose last day is {@code first} or later. */
    List<Engagement> runningSince(LocalDate first);

    /** The clients with engagements whose last day is {@code first} or later (asked by the platform). */
    List<String> clientsRunningSince(LocalDate first);
}
