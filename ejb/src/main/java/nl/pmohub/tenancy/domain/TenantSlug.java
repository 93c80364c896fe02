package nl.pmohub.tenancy.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a tenant slug. The slug is the tenant id in every table, the Keycloak realm name and the
 * URL segment ({@code /t/{slug}/}), so it is lower-case, URL-safe and never one of the platform's own names.
 */
public final class TenantSlug {

    public static final String PATTERN = "[a-z][a-z0-9-]{1,28}[a-z0-9]";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);
    /** Realm names Keycloak or the platform use themselves. */
    public static final Set<String> RESERVED = Set.of("master", "pmohub", "platform", "marketplace", "admin", "api", "t");

    private TenantSlug() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && COMPILED.matcher(candidate).matches() && !RESERVED.contains(candidate);
    }
}
