package nl.pmohub.hours.domain;

/** Where a week of hours stands: being filled in, waiting for the project manager, or decided. */
public enum SheetStatus {
    /** Being filled in by its person. */
    OPEN,
    /** Handed in; locked until the project manager decides. */
    SUBMITTED,
    /** Approved: locked for good; the hours count as actuals. */
    APPROVED,
    /** Sent back with a comment; its person corrects and submits again. */
    REJECTED;

    public boolean isEditable() {
        return this == OPEN || this == REJECTED;
    }
}
