package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.util.UUID;

/** One item of a meeting's agenda at its place (1, 2, …; {@link Agenda} keeps the places gapless) with its minutes. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TenantOwned {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "topic", nullable = false, length = 200)
    private String topic;
    @Column(name = "presenter", nullable = false, length = 100)
    private String presenter;
    @Column(name = "minutes", nullable = false, length = 8000)
    private String minutes;

    protected AgendaItem() {
    }

    static AgendaItem at(UUID meetingId, int position, AgendaItemDetails details) {
        AgendaItem item = new AgendaItem();
        item.identify();
        item.meetingId = meetingId;
        item.position = position;
        item.describe(details);
        return item;
    }

    public void describe(AgendaItemDetails d) {
        topic = d.topic().strip();
        presenter = Texts.text(d.presenter());
        minutes = Texts.text(d.minutes());
    }

    void placeAt(int position) {
        this.position = position;
    }

    public AgendaItemDetails details() {
        return new AgendaItemDetails(topic, presenter, minutes);
    }

    public UUID meetingId() { return meetingId; }
    public int position() { return position; }
}
