package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.GuestRole;

/**
 * A hired professional's account in a client's realm. The platform makes it, named after the professional's
 * platform account, without a password: the professional signs in through the realm's identity provider
 * {@code pmohub}, which links the platform account to it by username (docs/marketplace.md). It only carries the role; whether
 * the engagement runs is asked on every request (GuestAccess).
 */
public interface GuestAccounts {

    /**
     * Makes (or enables) {@code username} in {@code tenant}'s realm with exactly the realm role of {@code role}. The
     * professional's e-mail address goes with it: after a match the client may know it, and the realm's profile needs one.
     */
    void admit(String tenant, String username, String name, String email, GuestRole role);

    /** Takes the roles away and disables the account, so no new sign-in succeeds. Nothing happens when it does not exist. */
    void dismiss(String tenant, String username);
}
