package nl.pmohub.meeting.domain;

/** An action item is open until it is done; done may be opened again. */
public enum ActionStatus { OPEN, DONE }
