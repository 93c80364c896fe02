package nl.pmohub.marketplace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.marketplace.application.Opportunity;
import nl.pmohub.marketplace.application.OpportunityService;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.application.ProfileService;
import nl.pmohub.marketplace.application.ProfileSummary;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A professional's own page in the marketplace ({@code /marketplace/}): the profile with its T-shape of skills,
 * signed up on the first save, and where it stands (vetting, KvK check).
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient ProfileService profiles;

    @Inject
    transient Places places;

    @Inject
    transient OpportunityService opportunities;

    private List<Opportunity> fitting;

    private ProfileSummary profile;
    private ProfileForm form;

    /** View action: the profile, or an empty form to sign up with. */
    public void load() {
        if (form != null) {
            return;
        }
        try {
            profile = profiles.mine();
            form = ProfileForm.of(profile);
        } catch (NotFoundException notSignedUp) {
            form = ProfileForm.startingOn(LocalDate.now(clock));
        }
    }

    public void save() {
        Place home = PlaceNames.resolve(places, form.getHomePlace()).orElseThrow(() -> new RuleViolationException("homePlaceId",
                "marketplace.error.unknownPlace", "No Dutch place " + form.getHomePlace(), String.valueOf(form.getHomePlace())));
        boolean signingUp = profile == null;
        profile = profiles.saveMine(form.getVersion(), form.toDetails(home.id()));
        form = ProfileForm.of(profile);
        form.setHomePlace(PlaceNames.label(home));
        Messages.info(signingUp ? "profile.signedUp" : "profile.saved");
    }

    /** Open requests that fit the profile (none until it is vetted). */
    public List<Opportunity> getOpportunities() {
        if (fitting == null) {
            fitting = profile == null ? List.of() : opportunities.fitting();
        }
        return fitting;
    }

    public void answer(Opportunity opportunity, boolean interested) {
        opportunities.answer(opportunity.id(), interested);
        Messages.info(interested ? "opportunity.interested" : "opportunity.declined", opportunity.title());
        fitting = null;
    }

    public void addAbsence() {
        form.addAbsence();
    }

    public void removeAbsence(ProfileForm.AbsenceRow row) {
        form.removeAbsence(row);
    }

    public List<String> completePlace(String typed) {
        return PlaceNames.complete(places, typed);
    }

    public ProfileSummary getProfile() { return profile; }
    public ProfileForm getForm() { return form; }
    public PmoLevel[] getLevels() { return PmoLevel.values(); }
    public Skill[] getSkills() { return Skill.values(); }
    public SkillDepth[] getDepths() { return SkillDepth.values(); }
}
