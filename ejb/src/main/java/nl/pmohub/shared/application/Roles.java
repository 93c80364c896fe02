package nl.pmohub.shared.application;

/**
 * Realm roles as Keycloak puts them in tokens. Tenant realms carry the first four, the platform realm
 * ({@code pmohub}) the last two. Services name them in {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String PM = "pm";
    public static final String PMO = "pmo";
    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String PROFESSIONAL = "professional";

    private Roles() {
    }
}
