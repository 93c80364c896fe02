package nl.pmohub.stakeholder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.util.UUID;

/** A stakeholder of a project, placed on the power/interest grid; moving it on the grid changes only those two scores. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends ProjectRecord {

    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "organisation", nullable = false, length = 100)
    private String organisation;
    @Column(name = "role", nullable = false, length = 100)
    private String role;
    @Column(name = "contact", nullable = false, length = 200)
    private String contact;
    @Enumerated(EnumType.STRING)
    @Column(name = "stakeholder_group", nullable = false, length = 16)
    private StakeholderGroup group;
    @Column(name = "power", nullable = false)
    private int power;
    @Column(name = "interest", nullable = false)
    private int interest;
    @Enumerated(EnumType.STRING)
    @Column(name = "attitude", nullable = false, length = 10)
    private Attitude attitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "current_engagement", nullable = false, length = 10)
    private EngagementLevel currentEngagement;
    @Enumerated(EnumType.STRING)
    @Column(name = "desired_engagement", nullable = false, length = 10)
    private EngagementLevel desiredEngagement;
    @Column(name = "approach", nullable = false, length = 1000)
    private String approach;

    protected Stakeholder() {
    }

    public static Stakeholder map(UUID projectId, StakeholderDetails details) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.identify(projectId);
        stakeholder.describe(details);
        return stakeholder;
    }

    public void describe(StakeholderDetails d) {
        name = d.name().strip();
        organisation = text(d.organisation());
        role = text(d.role());
        contact = text(d.contact());
        group = d.group();
        attitude = d.attitude();
        currentEngagement = d.currentEngagement();
        desiredEngagement = d.desiredEngagement();
        approach = text(d.approach());
        placeAt(d.power(), d.interest());
    }

    /** Moves the stakeholder on the grid: new power and interest, nothing else changes. */
    public void placeAt(int power, int interest) {
        if (power < 1 || power > 5 || interest < 1 || interest > 5) {
            throw new IllegalArgumentException("power and interest are 1 to 5: " + power + ", " + interest);
        }
        this.power = power;
        this.interest = interest;
    }

    public StakeholderDetails details() {
        return new StakeholderDetails(name, organisation, role, contact, group, power, interest, attitude, currentEngagement, desiredEngagement,
                approach);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public String name() { return name; }
    public int power() { return power; }
    public int interest() { return interest; }
    public Quadrant quadrant() { return Quadrant.of(power, interest); }
}
