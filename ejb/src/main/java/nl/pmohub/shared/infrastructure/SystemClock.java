package nl.pmohub.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one clock of the application: Dutch time, because "today" (a deadline missed, a week to approve)
 * is the client's day, not the server's. It ticks in microseconds, PostgreSQL's precision, so a time an answer shows
 * is the time read back later (an idempotent acceptance answers the same moment twice). Everything that needs the time
 * injects {@link Clock}.
 */
@ApplicationScoped
public class SystemClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Dependent, not application-scoped: a client proxy of a JDK class buys nothing, and the clock is immutable and serializable (view beans keep it). */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.system(ZONE), Duration.ofNanos(1_000));
    }
}
