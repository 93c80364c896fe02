/** The meetings part of the project page, the tenant's knowledge page (decision log and lessons, searched) and the dashboard's card of open actions. */
package nl.pmohub.meeting.web;
