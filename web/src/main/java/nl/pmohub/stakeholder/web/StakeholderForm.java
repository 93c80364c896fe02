package nl.pmohub.stakeholder.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.stakeholder.application.StakeholderSummary;
import nl.pmohub.stakeholder.domain.Attitude;
import nl.pmohub.stakeholder.domain.EngagementLevel;
import nl.pmohub.stakeholder.domain.StakeholderDetails;
import nl.pmohub.stakeholder.domain.StakeholderGroup;

/** What the stakeholder dialog edits; checked as the {@link StakeholderDetails} it becomes. */
public class StakeholderForm extends RecordForm<StakeholderDetails> {

    private static final long serialVersionUID = 1L;

    private String name;
    private String organisation;
    private String role;
    private String contact;
    private StakeholderGroup group = StakeholderGroup.USER;
    private int power = 3;
    private int interest = 3;
    private Attitude attitude = Attitude.NEUTRAL;
    private EngagementLevel currentEngagement = EngagementLevel.NEUTRAL;
    private EngagementLevel desiredEngagement = EngagementLevel.SUPPORTIVE;
    private String approach;

    static StakeholderForm of(StakeholderSummary stakeholder) {
        StakeholderForm form = new StakeholderForm();
        form.editing(stakeholder);
        StakeholderDetails d = stakeholder.details();
        form.name = d.name();
        form.organisation = d.organisation();
        form.role = d.role();
        form.contact = d.contact();
        form.group = d.group();
        form.power = d.power();
        form.interest = d.interest();
        form.attitude = d.attitude();
        form.currentEngagement = d.currentEngagement();
        form.desiredEngagement = d.desiredEngagement();
        form.approach = d.approach();
        return form;
    }

    @Override
    public StakeholderDetails toDetails() {
        return new StakeholderDetails(name, organisation, role, contact, group, power, interest, attitude, currentEngagement, desiredEngagement, approach);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public StakeholderGroup getGroup() { return group; }
    public void setGroup(StakeholderGroup group) { this.group = group; }
    public int getPower() { return power; }
    public void setPower(int power) { this.power = power; }
    public int getInterest() { return interest; }
    public void setInterest(int interest) { this.interest = interest; }
    public Attitude getAttitude() { return attitude; }
    public void setAttitude(Attitude attitude) { this.attitude = attitude; }
    public EngagementLevel getCurrentEngagement() { return currentEngagement; }
    public void setCurrentEngagement(EngagementLevel currentEngagement) { this.currentEngagement = currentEngagement; }
    public EngagementLevel getDesiredEngagement() { return desiredEngagement; }
    public void setDesiredEngagement(EngagementLevel desiredEngagement) { this.desiredEngagement = desiredEngagement; }
    public String getApproach() { return approach; }
    public void setApproach(String approach) { this.approach = approach; }
}
