package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.FeeStatement;
import nl.pmohub.shared.application.Records;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Issued fee statements. */
public interface FeeStatementRepository extends Records<FeeStatement> {

    /** The statements of these engagements, oldest month first. */
    List<FeeStatement> ofEngagements(Collection<UUID> engagementIds);
}
