package nl.pmohub.tenancy.application;

/**
 * The result of onboarding: the first administrator logs in as {@code admin} with a temporary password
 * that Keycloak makes them change at first login. Shown once to the operator, never stored by us.
 */
public record OnboardedTenant(String slug, String name, String adminUsername, String temporaryPassword, String loginPath) {
}
