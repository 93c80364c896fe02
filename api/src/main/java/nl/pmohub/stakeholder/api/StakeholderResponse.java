package nl.pmohub.stakeholder.api;

import nl.pmohub.stakeholder.application.StakeholderSummary;
import nl.pmohub.stakeholder.domain.StakeholderDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A stakeholder on the map, with the quadrant its power and interest put it in. */
@Schema(name = "Stakeholder")
public record StakeholderResponse(UUID id, UUID projectId, String name, String organisation, String role, String contact, String group,
                                  @Schema(description = "Inside the organisation (project manager, experts, executors, supporters)") boolean internal,
                                  int power, int interest,
                                  @Schema(enumeration = {"MANAGE_CLOSELY", "KEEP_SATISFIED", "KEEP_INFORMED", "MONITOR"},
                                          description = "Power and interest of 3 and up count as high") String quadrant,
                                  String attitude, String currentEngagement, String desiredEngagement,
                                  @Schema(description = "The current engagement is below the desired one") boolean engagementGap,
                                  String approach, long version) {

    static StakeholderResponse of(StakeholderSummary s) {
        StakeholderDetails d = s.details();
        return new StakeholderResponse(s.id(), s.projectId(), d.name(), d.organisation(), d.role(), d.contact(), d.group().name(), d.group().internal(),
                d.power(), d.interest(), s.quadrant().name(), d.attitude().name(), d.currentEngagement().name(), d.desiredEngagement().name(),
                d.engagementGap(), d.approach(), s.version());
    }
}
