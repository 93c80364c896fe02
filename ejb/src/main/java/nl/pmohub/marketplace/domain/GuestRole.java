package nl.pmohub.marketplace.domain;

/** The role a hired professional holds in the client's tenant while the engagement runs; the client chooses it. */
public enum GuestRole {
    PMO("pmo"), PM("pm"), VIEWER("viewer");

    private final String realmRole;

    GuestRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The tenant realm's role of this name. */
    public String realmRole() {
        return realmRole;
    }
}
