package nl.pmohub.stakeholder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.stakeholder.application.CommunicationService;
import nl.pmohub.stakeholder.application.CommunicationSummary;

import java.io.Serializable;
import java.util.List;

/** The communication part of the tenant dashboard: how many lines of the plans are late, and the longest late ones. */
@Named
@ViewScoped
public class CommunicationAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The card lists the few longest late. */
    static final int SHOWN = 5;

    @Inject
    transient CommunicationService communications;

    private List<CommunicationSummary> late;
    private Long count;

    public List<CommunicationSummary> getLate() {
        if (late == null) {
            late = communications.late(SHOWN);
        }
        return late;
    }

    public long getCount() {
        if (count == null) {
            count = communications.countLate();
        }
        return count;
    }
}
