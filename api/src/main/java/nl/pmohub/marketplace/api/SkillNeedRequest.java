package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.marketplace.domain.SkillNeed;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A skill a request asks for. */
@Schema(name = "SkillNeed")
public record SkillNeedRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"PRINCE2", "SCRUM", "SAFE", "LEAN", "PDCA", "SIX_SIGMA", "RISK",
                "STAKEHOLDER", "FINANCE", "CAPACITY", "MS_PROJECT", "PORTFOLIO", "CHANGE", "REPORTING", "PMO_SETUP", "IPMA"}) String skill,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"BASIC", "EXPERIENCED", "EXPERT"}, description = "The least depth") String minDepth,
        @Schema(description = "A candidate must have it; otherwise it counts extra") boolean required) {

    SkillNeed toNeed(int index) {
        return new SkillNeed(Inputs.enumValue(Skill.class, "skills[" + index + "].skill", skill),
                Inputs.enumValue(SkillDepth.class, "skills[" + index + "].minDepth", minDepth), required);
    }
}
