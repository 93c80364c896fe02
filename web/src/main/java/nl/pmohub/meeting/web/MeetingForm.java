package nl.pmohub.meeting.web;

import nl.pmohub.meeting.application.MeetingSummary;
import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.shared.web.RecordForm;

import java.time.LocalDateTime;

/** What the meeting dialog edits; checked as the {@link MeetingDetails} it becomes. */
public class MeetingForm extends RecordForm<MeetingDetails> {

    private static final long serialVersionUID = 1L;

    private String title;
    private LocalDateTime startsAt;
    private String location;
    private String chair;

    static MeetingForm next(LocalDateTime startsAt, String chair) {
        MeetingForm form = new MeetingForm();
        form.startsAt = startsAt;
        form.chair = chair;
        return form;
    }

    static MeetingForm of(MeetingSummary meeting) {
        MeetingForm form = new MeetingForm();
        form.editing(meeting);
        MeetingDetails d = meeting.details();
        form.title = d.title();
        form.startsAt = d.startsAt();
        form.location = d.location();
        form.chair = d.chair();
        return form;
    }

    @Override
    public MeetingDetails toDetails() {
        return new MeetingDetails(title, startsAt, location, chair);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
}
