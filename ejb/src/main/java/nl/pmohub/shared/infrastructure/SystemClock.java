package nl.pmohub.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application: Dutch time, because "today" (a deadline missed, a week to approve)
 * is the client's day, not the server's. Everything that needs the time injects {@link Clock}.
 */
@ApplicationScoped
public class SystemClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Dependent, not application-scoped: a client proxy of a JDK class buys nothing, and the clock is immutable and serializable (view beans keep it). */
    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
