package nl.pmohub.marketplace.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a depth as its rank (1–3), so the ranking compares depths in SQL with {@code >=}. */
@Converter
public class SkillDepthConverter implements AttributeConverter<SkillDepth, Integer> {

    @Override
    public Integer convertToDatabaseColumn(SkillDepth depth) {
        return depth == null ? null : depth.rank();
    }

    @Override
    public SkillDepth convertToEntityAttribute(Integer rank) {
        return rank == null ? null : SkillDepth.ofRank(rank);
    }
}
