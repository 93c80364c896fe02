/**
 * Progress reports (voortgangsrapportage): per project and reporting period the project manager's judgement
 * (RAG per dimension and overall) with what was achieved and is planned, issues and decisions needed, and the
 * figures of the registers as they stood when the draft was made. Approved reports are final; a correction is
 * a new revision of the same period.
 */
package nl.pmohub.reporting.domain;
