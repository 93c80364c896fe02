package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.shared.application.Records;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Assignment agreements with their versions (platform records of one client each; the database shows a client only its own). */
public interface AgreementRepository extends Records<Agreement> {

    /** The current tenant's agreements, newest first. */
    List<Agreement> ofClient(int limit);

    /** A professional's agreements with every client, newest first. */
    List<Agreement> ofProfessional(UUID professionalId, int limit);

    /** The agreements offered to candidates of one request. */
    List<Agreement> ofRequest(UUID requestId);

    /** The project names written into these agreements, by agreement id, in one query. */
    Map<UUID, String> projectNames(Collection<UUID> ids);
}
