package nl.pmohub.stakeholder.domain;

/** Who a stakeholder is to the project: the first four are inside the organisation, the others outside. */
public enum StakeholderGroup {
    PROJECT_MANAGER, EXPERT, EXECUTOR, SUPPORTER, USER, CLIENT, INVESTOR, SUPPLIER;

    public boolean internal() {
        return ordinal() <= SUPPORTER.ordinal();
    }
}
