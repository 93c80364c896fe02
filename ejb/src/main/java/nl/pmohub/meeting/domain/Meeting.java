package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting of a project. Its agenda items and attendees are rows of their own that point at it; the meeting's version
 * covers them (the repository takes it forward on every change of either), so one If-Match guards the whole minutes.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends ProjectRecord {

    @Column(name = "title", nullable = false, length = 160)
    private String title;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "location", nullable = false, length = 200)
    private String location;
    @Column(name = "chair", nullable = false, length = 100)
    private String chair;

    protected Meeting() {
    }

    public static Meeting schedule(UUID projectId, MeetingDetails details) {
        Meeting meeting = new Meeting();
        meeting.identify(projectId);
        meeting.describe(details);
        return meeting;
    }

    public void describe(MeetingDetails d) {
        title = d.title().strip();
        startsAt = d.startsAt().withSecond(0).withNano(0);
        location = Texts.text(d.location());
        chair = Texts.text(d.chair());
    }

    public MeetingDetails details() {
        return new MeetingDetails(title, startsAt, location, chair);
    }

    public String title() { return title; }
}
