package nl.pmohub.stakeholder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A line of the communication plan. Its next due date is kept here, not computed by readers: the first due date until
 * it first goes out, then the day it last went out plus the frequency (never before the first due date), none once a
 * one-off went out. So late communications are an index range, for the dashboard and, later, for reminders by mail.
 */
@Entity
@Table(name = "communication")
public class Communication extends ProjectRecord {

    @Column(name = "subject", nullable = false, length = 160)
    private String subject;
    @Column(name = "audience", nullable = false, length = 160)
    private String audience;
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private Frequency frequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 12)
    private Channel channel;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;
    @Column(name = "last_done")
    private LocalDate lastDone;
    @Column(name = "next_due")
    private LocalDate nextDue;

    protected Communication() {
    }

    public static Communication plan(UUID projectId, CommunicationDetails details) {
        Communication communication = new Communication();
        communication.identify(projectId);
        communication.revise(details);
        return communication;
    }

    public void revise(CommunicationDetails d) {
        subject = d.subject().strip();
        audience = d.audience().strip();
        frequency = d.frequency();
        channel = d.channel();
        owner = d.owner().strip();
        firstDue = d.firstDue();
        scheduleNext();
    }

    /** Records that it went out on {@code day} (not after {@code today}), which sets when it is due next. */
    public void wentOut(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new RuleViolationException("day", "communication.error.future", "A communication cannot have gone out in the future");
        }
        lastDone = day;
        scheduleNext();
    }

    private void scheduleNext() {
        if (lastDone == null) {
            nextDue = firstDue;
            return;
        }
        nextDue = frequency.after(lastDone).map(next -> next.isBefore(firstDue) ? firstDue : next).orElse(null);
    }

    public boolean late(LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }

    public CommunicationDetails details() {
        return new CommunicationDetails(subject, audience, frequency, channel, owner, firstDue);
    }

    public Optional<LocalDate> lastDone() { return Optional.ofNullable(lastDone); }
    public Optional<LocalDate> nextDue() { return Optional.ofNullable(nextDue); }
}
