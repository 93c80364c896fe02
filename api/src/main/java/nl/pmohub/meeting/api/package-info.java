/** The REST resources of meetings, minutes, decisions, lessons, action items and the tenant-wide knowledge search, with their wire records. */
package nl.pmohub.meeting.api;
