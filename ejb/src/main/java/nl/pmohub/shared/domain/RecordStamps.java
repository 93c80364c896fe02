package nl.pmohub.shared.domain;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Clock;

/**
 * Stamps tenant and platform rows ({@link TenantOwned#stored}, {@link TenantOwned#changed}, the same on {@link PlatformRecord}) with the injected {@link Clock} when they are stored and when they change
 * (JPA injects CDI beans into entity listeners), so no entity reads the system clock and a test can fix
 * the time.
 */
public class RecordStamps {

    @Inject
    Clock clock;

    @PrePersist
    void created(Object row) {
        if (row instanceof TenantOwned owned) {
            owned.stored(clock.instant());
        } else if (row instanceof PlatformRecord platform) {
            platform.stored(clock.instant());
        }
    }

    @PreUpdate
    void updated(Object row) {
        if (row instanceof TenantOwned owned) {
            owned.changed(clock.instant());
        } else if (row instanceof PlatformRecord platform) {
            platform.changed(clock.instant());
        }
    }
}
