package nl.pmohub.marketplace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.marketplace.application.AtRiskRequest;
import nl.pmohub.marketplace.application.OversightService;
import nl.pmohub.marketplace.application.ProfileService;
import nl.pmohub.marketplace.application.PromiseMonth;
import nl.pmohub.marketplace.application.ProfileSummary;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The operator's marketplace page ({@code /platform/professionals.xhtml}): the 48-hour promise and the profiles waiting to be vetted. */
@Named
@ViewScoped
public class VettingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProfileService profiles;

    @Inject
    transient OversightService oversight;

    private List<ProfileSummary> pending;

    public List<ProfileSummary> getPending() {
        if (pending == null) {
            pending = profiles.pending();
        }
        return pending;
    }

    public List<AtRiskRequest> getAtRisk() {
        return oversight.atRisk();
    }

    public List<PromiseMonth> getPromise() {
        return oversight.promise();
    }

    public void vet(ProfileSummary profile, boolean approved) {
        profiles.vet(profile.id(), profile.version(), approved);
        Messages.info(approved ? "vetting.approved" : "vetting.rejected", profile.details().name());
        pending = null;
    }
}
