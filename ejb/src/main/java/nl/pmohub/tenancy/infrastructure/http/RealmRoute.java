package nl.pmohub.tenancy.infrastructure.http;

/**
 * Where a request path points: a tenant's area ({@code realm} is the tenant slug) or the platform's
 * (realm {@code pmohub}). {@code rest} is the path after the tenant segment, starting with '/'.
 */
public record RealmRoute(Area area, String realm, String rest) {

    public static final String PLATFORM_REALM = "pmohub";

    public enum Area { TENANT, PLATFORM }

    public boolean isTenant() {
        return area == Area.TENANT;
    }
}
