package nl.pmohub.marketplace.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import nl.pmohub.marketplace.domain.SkillDepth;

/** A skill's depth in the profile's T-shape editor, whose values live in a map (no type for Faces to infer); empty is "none". */
@FacesConverter("depth")
public class DepthConverter implements Converter<SkillDepth> {

    @Override
    public SkillDepth getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : SkillDepth.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SkillDepth value) {
        return value == null ? "" : value.name();
    }
}
