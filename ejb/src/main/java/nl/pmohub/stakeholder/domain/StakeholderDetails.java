package nl.pmohub.stakeholder.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the map says of a stakeholder: who (name, organisation, role, contact), which group, power and interest (1–5),
 * attitude, the engagement now and the one wanted, and how the project approaches them.
 */
public record StakeholderDetails(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String organisation,
        @Size(max = 100) String role,
        @Size(max = 200) String contact,
        @NotNull StakeholderGroup group,
        @Min(1) @Max(5) int power,
        @Min(1) @Max(5) int interest,
        @NotNull Attitude attitude,
        @NotNull EngagementLevel currentEngagement,
        @NotNull EngagementLevel desiredEngagement,
        @Size(max = 1000) String approach) {

    public Quadrant quadrant() {
        return Quadrant.of(power, interest);
    }

    /** The wanted engagement is not reached yet. */
    public boolean engagementGap() {
        return currentEngagement.compareTo(desiredEngagement) < 0;
    }
}
