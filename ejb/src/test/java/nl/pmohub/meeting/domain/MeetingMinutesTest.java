package nl.pmohub.meeting.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agenda keeps its places gapless, actions are open until done (and overdue after their day), origins hang together. */
class MeetingMinutesTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @Test
    void theAgendaKeepsItsPlacesFromOneWithoutGaps() {
        Meeting meeting = Meeting.schedule(PROJECT, new MeetingDetails(" Projectoverleg ", LocalDateTime.of(2026, 11, 16, 10, 0, 42), null, "Jan"));
        assertThat(meeting.details()).isEqualTo(new MeetingDetails("Projectoverleg", LocalDateTime.of(2026, 11, 16, 10, 0), "", "Jan"));
        Agenda agenda = new Agenda(meeting.id(), List.of());
        AgendaItem opening = agenda.add(new AgendaItemDetails("Opening", null, null));
        AgendaItem progress = agenda.add(new AgendaItemDetails("Voortgang", "Femke", "Loopt twee weken achter."));
        AgendaItem other = agenda.add(new AgendaItemDetails("Rondvraag", "", ""));
        assertThat(agenda.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3);
        assertThat(opening.details()).isEqualTo(new AgendaItemDetails("Opening", "", ""));

        agenda.moveUp(other);
        assertThat(agenda.items()).containsExactly(opening, other, progress);
        assertThat(agenda.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3);
        agenda.moveUp(opening);
        assertThat(agenda.items()).as("the first stays first").containsExactly(opening, other, progress);

        agenda.remove(other);
        assertThat(agenda.items()).containsExactly(opening, progress);
        assertThat(progress.position()).isEqualTo(2);
        assertThat(new Agenda(meeting.id(), List.of(progress, opening)).items()).as("loaded in any order, read in place order")
                .containsExactly(opening, progress);
    }

    @Test
    void anActionIsOpenUntilDoneAndOverdueOnlyWhileOpenAfterItsDay() {
        ActionItem action = ActionItem.agree(PROJECT, Origin.NONE, new ActionDetails(" Vergunning indienen ", " Joost van den Berg ", TODAY.minusDays(1)));
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.details().owner()).isEqualTo("Joost van den Berg");
        assertThat(action.overdue(TODAY)).isTrue();
        assertThat(action.overdue(TODAY.minusDays(1))).as("due today is not late").isFalse();
        action.done(TODAY);
        action.done(TODAY.plusDays(2));
        assertThat(action.doneOn()).as("done again keeps the first day").contains(TODAY);
        assertThat(action.overdue(TODAY)).isFalse();
        action.reopen();
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.doneOn()).isEmpty();
    }

    @Test
    void anOriginAtAnAgendaItemNeedsItsMeeting() {
        UUID meeting = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        assertThat(Origin.of(null, null)).isEqualTo(Origin.NONE);
        assertThat(Origin.of(meeting, item)).isEqualTo(new Origin(Optional.of(meeting), Optional.of(item)));
        assertThatThrownBy(() -> new Origin(Optional.empty(), Optional.of(item))).isInstanceOf(IllegalArgumentException.class);
        Decision decision = Decision.record(PROJECT, Origin.of(meeting, null), new DecisionDetails("Twee fasen", null, null, "Stuurgroep", TODAY));
        assertThat(decision.origin().meetingId()).contains(meeting);
        assertThat(decision.details().rationale()).isEmpty();
        Lesson lesson = Lesson.learn(PROJECT, new LessonDetails("Te laat", "Eerder beginnen", null, null), TODAY);
        assertThat(lesson.details().category()).isEmpty();
        assertThat(lesson.recordedOn()).isEqualTo(TODAY);
    }
}
