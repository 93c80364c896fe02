package nl.pmohub.meeting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The ordered agenda of one meeting, as loaded: a new item goes last, a removed one closes its gap, an item moved up
 * swaps places with the one before it. Places stay 1…n without gaps, so the minutes read in the order of the meeting.
 */
public final class Agenda {

    private final UUID meetingId;
    private final List<AgendaItem> items;

    public Agenda(UUID meetingId, List<AgendaItem> items) {
        this.meetingId = meetingId;
        this.items = new ArrayList<>(items);
        this.items.sort(Comparator.comparingInt(AgendaItem::position));
    }

    /** A new item at the end of the agenda (the caller stores it). */
    public AgendaItem add(AgendaItemDetails details) {
        AgendaItem item = AgendaItem.at(meetingId, items.size() + 1, details);
        items.add(item);
        return item;
    }

    /** Takes the item off the agenda; the ones after it move up a place. */
    public void remove(AgendaItem item) {
        items.remove(item);
        renumber();
    }

    /** Swaps the item with the one before it (the first one stays first). */
    public void moveUp(AgendaItem item) {
        int index = items.indexOf(item);
        if (index > 0) {
            items.remove(index);
            items.add(index - 1, item);
            renumber();
        }
    }

    public List<AgendaItem> items() {
        return List.copyOf(items);
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i + 1);
        }
    }
}
