/** The meeting services (meetings and minutes, decisions, lessons, action items, the tenant-wide search), their ports and read models. */
package nl.pmohub.meeting.application;
