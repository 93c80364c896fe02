package nl.pmohub.stakeholder.api;

import nl.pmohub.shared.api.Inputs;
import nl.pmohub.stakeholder.domain.Attitude;
import nl.pmohub.stakeholder.domain.EngagementLevel;
import nl.pmohub.stakeholder.domain.StakeholderDetails;
import nl.pmohub.stakeholder.domain.StakeholderGroup;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stakeholder as a client puts it on the map or revises it. */
@Schema(name = "StakeholderRequest")
public record StakeholderRequest(
        @Schema(required = true, maxLength = 100, example = "Marieke Jansen") String name,
        @Schema(maxLength = 100, example = "Directie") String organisation,
        @Schema(maxLength = 100, example = "Opdrachtgever") String role,
        @Schema(maxLength = 200, example = "marieke.jansen@example.nl") String contact,
        @Schema(required = true, type = SchemaType.STRING, description = "Internal: PROJECT_MANAGER, EXPERT, EXECUTOR, SUPPORTER; external: "
                + "USER, CLIENT, INVESTOR, SUPPLIER",
                enumeration = {"PROJECT_MANAGER", "EXPERT", "EXECUTOR", "SUPPORTER", "USER", "CLIENT", "INVESTOR", "SUPPLIER"}) String group,
        @Schema(minimum = "1", maximum = "5", example = "5") int power,
        @Schema(minimum = "1", maximum = "5", example = "4") int interest,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"CHAMPION", "SUPPORTER", "NEUTRAL", "CRITIC", "BLOCKER"}) String attitude,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"UNAWARE", "RESISTANT", "NEUTRAL", "SUPPORTIVE", "LEADING"})
        String currentEngagement,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"UNAWARE", "RESISTANT", "NEUTRAL", "SUPPORTIVE", "LEADING"})
        String desiredEngagement,
        @Schema(maxLength = 1000, example = "Stuurgroep voorzitten") String approach) {

    StakeholderDetails toDetails() {
        return new StakeholderDetails(name, organisation, role, contact, group == null ? null : Inputs.enumValue(StakeholderGroup.class, "group", group),
                power, interest, attitude == null ? null : Inputs.enumValue(Attitude.class, "attitude", attitude),
                engagement("currentEngagement", currentEngagement), engagement("desiredEngagement", desiredEngagement), approach);
    }

    private static EngagementLevel engagement(String field, String value) {
        return value == null ? null : Inputs.enumValue(EngagementLevel.class, field, value);
    }
}
