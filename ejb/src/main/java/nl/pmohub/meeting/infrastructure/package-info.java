/** JPA repositories of meetings, decisions, lessons and actions, the full-text search, the minutes PDF and the demo data. */
package nl.pmohub.meeting.infrastructure;
