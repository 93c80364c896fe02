package nl.pmohub.stakeholder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.stakeholder.application.CommunicationService;
import nl.pmohub.stakeholder.application.CommunicationSummary;
import nl.pmohub.stakeholder.domain.Channel;
import nl.pmohub.stakeholder.domain.Frequency;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The communication plan of the project page: lines with their next due date, late ones flagged, "went out today". */
@Named
@ViewScoped
public class CommunicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient CommunicationService communications;

    @Inject
    CurrentProject current;

    private List<CommunicationSummary> list;
    private CommunicationForm form = new CommunicationForm();

    public List<CommunicationSummary> getList() {
        if (list == null) {
            list = communications.ofProject(current.getId());
        }
        return list;
    }

    public boolean late(CommunicationSummary communication) {
        return communication.late(LocalDate.now(clock));
    }

    public void startNew() {
        form = CommunicationForm.planning(current.getDetails().manager(), LocalDate.now(clock).plusWeeks(1));
    }

    public void edit(CommunicationSummary communication) {
        form = CommunicationForm.of(communication);
    }

    public void save() {
        CommunicationSummary saved = form.isNew()
                ? communications.plan(current.getId(), form.toDetails())
                : communications.revise(current.getId(), form.getId(), form.getVersion(), form.toDetails());
        Messages.info("communications.saved", saved.details().subject());
        list = null;
    }

    /** Records that it went out today. */
    public void wentOut(CommunicationSummary communication) {
        CommunicationSummary done = communications.wentOut(current.getId(), communication.id(), communication.version(), null);
        Messages.info("communications.wentOut", done.details().subject());
        list = null;
    }

    public void remove(CommunicationSummary communication) {
        communications.remove(current.getId(), communication.id(), communication.version());
        list = null;
    }

    public CommunicationForm getForm() { return form; }
    public Frequency[] getFrequencies() { return Frequency.values(); }
    public Channel[] getChannels() { return Channel.values(); }
}
