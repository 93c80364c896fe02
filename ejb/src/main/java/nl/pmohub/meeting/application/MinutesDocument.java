package nl.pmohub.meeting.application;

import java.util.Locale;

/** The minutes of a meeting as a document to send round, in Dutch or English. */
public interface MinutesDocument {

    String MEDIA_TYPE = "application/pdf";

    byte[] render(MeetingMinutes minutes, Locale locale);
}
