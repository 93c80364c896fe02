package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.shared.application.Records;

import java.util.List;
import java.util.Optional;

/** Professionals' profiles (platform records). */
public interface ProfessionalRepository extends Records<Professional> {

    Optional<Professional> ofAccount(String account);

    /** Profiles waiting for an operator, oldest first. */
    List<Professional> pending(int limit);
}
