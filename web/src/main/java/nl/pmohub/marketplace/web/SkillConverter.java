package nl.pmohub.marketplace.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import nl.pmohub.marketplace.domain.Skill;

/** Skills in multi-selects: a list's element type is erased, so Faces needs to be told what the values are. */
@FacesConverter("skill")
public class SkillConverter implements Converter<Skill> {

    @Override
    public Skill getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Skill.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Skill value) {
        return value == null ? "" : value.name();
    }
}
