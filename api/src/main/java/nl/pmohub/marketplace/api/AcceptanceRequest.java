package nl.pmohub.marketplace.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which version of an agreement one side accepts: the latest, as read. */
@Schema(name = "AgreementAcceptanceRequest")
public record AcceptanceRequest(@Schema(required = true, minimum = "1", example = "1") int version) {
}
