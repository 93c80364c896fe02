package nl.pmohub.shared.application;

import java.util.UUID;

/**
 * A read model of one stored record: its id and the version an edit must name (the API's ETag). The
 * read models ({@code *Summary}, {@code *Snapshot}) are records whose components already say so.
 */
public interface Versioned {

    UUID id();

    long version();
}
