package nl.pmohub.tenancy.application;

/**
 * Creates a tenant's identity realm. Port to Keycloak's admin API; the realm carries the roles, the web
 * and API clients, the audience mapper, the broker to the platform realm and the first administrator.
 */
public interface RealmProvisioner {

    /** @throws nl.pmohub.shared.domain.DuplicateException when the realm exists already */
    void createRealm(String slug, String displayName, String adminEmail, String adminTemporaryPassword, String webClientSecret);
}
