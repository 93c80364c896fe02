package nl.pmohub.marketplace.web;

import jakarta.faces.convert.FacesConverter;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.shared.web.EnumNameConverter;

/** A skill's depth in the profile's T-shape editor, whose values live in a map (no type for Faces to infer); empty is "none". */
@FacesConverter("depth")
public class DepthConverter extends EnumNameConverter<SkillDepth> {

    public DepthConverter() {
        super(SkillDepth.class);
    }
}
