package nl.pmohub.marketplace.domain;

import jakarta.validation.constraints.NotNull;

/** A skill a request asks for: at least {@code minDepth}; required (a candidate must have it) or nice to have (counts extra). */
public record SkillNeed(@NotNull Skill skill, @NotNull SkillDepth minDepth, boolean required) {
}
