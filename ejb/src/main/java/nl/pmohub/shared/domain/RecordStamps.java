package nl.pmohub.shared.domain;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Clock;

/**
 * Stamps tenant rows ({@link TenantOwned#stored}, {@link TenantOwned#changed}) with the injected {@link Clock} when they are stored and when they change
 * (JPA injects CDI beans into entity listeners), so no entity reads the system clock and a test can fix
 * the time.
 */
public class RecordStamps {

    @Inject
    Clock clock;

    @PrePersist
    void created(TenantOwned row) {
        row.stored(clock.instant());
    }

    @PreUpdate
    void updated(TenantOwned row) {
        row.changed(clock.instant());
    }
}
