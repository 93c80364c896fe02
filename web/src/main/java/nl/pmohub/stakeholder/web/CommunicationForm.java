package nl.pmohub.stakeholder.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.stakeholder.application.CommunicationSummary;
import nl.pmohub.stakeholder.domain.Channel;
import nl.pmohub.stakeholder.domain.CommunicationDetails;
import nl.pmohub.stakeholder.domain.Frequency;

import java.time.LocalDate;

/** What the communication dialog edits; checked as the {@link CommunicationDetails} it becomes. */
public class CommunicationForm extends RecordForm<CommunicationDetails> {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String audience;
    private Frequency frequency = Frequency.MONTHLY;
    private Channel channel = Channel.EMAIL;
    private String owner;
    private LocalDate firstDue;

    static CommunicationForm planning(String owner, LocalDate firstDue) {
        CommunicationForm form = new CommunicationForm();
        form.owner = owner;
        form.firstDue = firstDue;
        return form;
    }

    static CommunicationForm of(CommunicationSummary communication) {
        CommunicationForm form = new CommunicationForm();
        form.editing(communication);
        CommunicationDetails d = communication.details();
        form.subject = d.subject();
        form.audience = d.audience();
        form.frequency = d.frequency();
        form.channel = d.channel();
        form.owner = d.owner();
        form.firstDue = d.firstDue();
        return form;
    }

    @Override
    public CommunicationDetails toDetails() {
        return new CommunicationDetails(subject, audience, frequency, channel, owner, firstDue);
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getFirstDue() { return firstDue; }
    public void setFirstDue(LocalDate firstDue) { this.firstDue = firstDue; }
}
