package nl.pmohub.meeting.application;

import java.util.List;

/** Everything the minutes of a meeting say, for the screen and the PDF: the meeting, its agenda with minutes, attendance, decisions and actions. */
public record MeetingMinutes(MeetingSummary meeting, String projectTitle, List<AgendaItemView> agenda, List<AttendeeView> attendees,
                             List<DecisionSummary> decisions, List<ActionSummary> actions) {

    public MeetingMinutes {
        agenda = List.copyOf(agenda);
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
