package nl.pmohub.shared.web;

import nl.pmohub.shared.application.Versioned;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a dialog edits of one record: new (no id) or a stored one with the version the change will name,
 * so a concurrent edit is refused instead of overwritten. Each form turns into the service's input
 * ({@code D}, a {@code *Details}) that is validated before it goes.
 */
public abstract class RecordForm<D> implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private long version;

    /** The form edits this stored record from now on. */
    protected void editing(Versioned record) {
        id = record.id();
        version = record.version();
    }

    /** The service's input the form now holds. */
    public abstract D toDetails();

    public boolean isNew() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
