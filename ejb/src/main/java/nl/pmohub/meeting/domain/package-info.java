/**
 * Meetings of a project with their ordered agenda (minutes per item) and attendance, and what comes out of them:
 * decisions (the decision log), action items (owner, due date, open or done) and lessons learned. Decisions and actions
 * may stand on their own or point at the meeting (and agenda item) that recorded them.
 */
package nl.pmohub.meeting.domain;
