package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

/** A skill with its depth, as a professional claims it. */
@Embeddable
public record SkillClaim(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "skill", nullable = false, length = 20) Skill skill,
        @NotNull @Convert(converter = SkillDepthConverter.class) @Column(name = "depth", nullable = false) SkillDepth depth) {
}
