package nl.pmohub.reporting.domain;

/** Where a report stands: written, handed in, approved (final) or returned with a comment to be written again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Whether its author may still change it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
