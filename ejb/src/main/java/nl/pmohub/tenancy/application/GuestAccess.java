package nl.pmohub.tenancy.application;

import java.util.Optional;

/**
 * Whether a user who is not the tenant's own — a professional hired through the marketplace — may enter the current
 * tenant now. Asked by the request filter on every request, after the token was verified and the tenant entered,
 * so access ends the day an engagement ends, whatever roles an account still holds.
 */
public interface GuestAccess {

    /** Empty when {@code username} may enter the current tenant today; otherwise the message key of the refusal. */
    Optional<String> refusal(String username);
}
