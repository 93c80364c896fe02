package nl.pmohub.shared.web;

import jakarta.faces.context.ExternalContext;
import nl.pmohub.shared.application.Roles;

/** What a screen may offer the signed-in user; the services check the same roles again on every call. */
public final class Access {

    private Access() {
    }

    /** Project managers, PMO officers and tenant administrators change project records; viewers only read. */
    public static boolean changesRecords(ExternalContext user) {
        return user.isUserInRole(Roles.PM) || user.isUserInRole(Roles.PMO) || user.isUserInRole(Roles.TENANT_ADMIN);
    }
}
