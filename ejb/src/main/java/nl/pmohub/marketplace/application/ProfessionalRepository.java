package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.shared.application.Records;

import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Professionals' profiles (platform records). */
public interface ProfessionalRepository extends Records<Professional> {

    Optional<Professional> ofAccount(String account);

    /** The profiles of these ids, by id, in one query. */
    Map<UUID, Professional> ofIds(Collection<UUID> ids);

    /** Profiles waiting for an operator, oldest first. */
    List<Professional> pending(int limit);
}
