package nl.pmohub.marketplace.web;

import jakarta.faces.convert.FacesConverter;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.shared.web.EnumNameConverter;

/** Skills in multi-selects: a list's element type is erased, so Faces needs to be told what the values are. */
@FacesConverter("skill")
public class SkillConverter extends EnumNameConverter<Skill> {

    public SkillConverter() {
        super(Skill.class);
    }
}
