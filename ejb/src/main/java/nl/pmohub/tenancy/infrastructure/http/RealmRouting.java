package nl.pmohub.tenancy.infrastructure.http;

import java.util.List;
import java.util.Optional;

/**
 * The URL scheme of DESIGN.md: tenants under {@code /t/{tenant}/…} (UI) and {@code /v1/t/{tenant}/…}
 * (API, below the {@code /api} context), the platform under {@code /platform/…} and {@code /marketplace/…}.
 * Paths are relative to the war's context root.
 */
public final class RealmRouting {

    public static final RealmRouting WEB = new RealmRouting("/t/", List.of("/platform/", "/marketplace/"));
    public static final RealmRouting API = new RealmRouting("/v1/t/", List.of("/v1/platform/", "/v1/marketplace/"));

    private final String tenantPrefix;
    private final List<String> platformPrefixes;

    private RealmRouting(String tenantPrefix, List<String> platformPrefixes) {
        this.tenantPrefix = tenantPrefix;
        this.platformPrefixes = platformPrefixes;
    }

    /** The routing named in a war's context-param {@code pmohub.routing} ({@code web} or {@code api}). */
    public static RealmRouting named(String name) {
        return "api".equals(name) ? API : WEB;
    }

    public Optional<RealmRoute> route(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.startsWith(tenantPrefix)) {
            String afterPrefix = path.substring(tenantPrefix.length());
            int slash = afterPrefix.indexOf('/');
            String slug = slash < 0 ? afterPrefix : afterPrefix.substring(0, slash);
            String rest = slash < 0 ? "/" : afterPrefix.substring(slash);
            return slug.isEmpty() ? Optional.empty() : Optional.of(new RealmRoute(RealmRoute.Area.TENANT, slug, rest));
        }
        for (String prefix : platformPrefixes) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return Optional.of(new RealmRoute(RealmRoute.Area.PLATFORM, RealmRoute.PLATFORM_REALM, path));
            }
        }
        return Optional.empty();
    }
}
