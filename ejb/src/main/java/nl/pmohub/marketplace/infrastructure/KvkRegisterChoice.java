package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.pmohub.marketplace.application.KvkRegister;
import nl.pmohub.shared.infrastructure.Settings;

import java.util.logging.Logger;

/**
 * Chooses the KvK register once, at deployment: KvK's search API when its key is configured, the format check
 * otherwise. A setting rather than two beans and an alternative, so one built EAR serves a laptop without a key
 * and production with one; the log says which was chosen.
 */
@ApplicationScoped
public class KvkRegisterChoice {

    private static final Logger LOG = Logger.getLogger(KvkRegisterChoice.class.getName());

    /** Application-scoped: one HTTP client (thread-safe, with its connection pool) for all profiles. */
    @Produces
    @ApplicationScoped
    KvkRegister kvkRegister() {
        return Settings.kvkApiKey().<KvkRegister>map(key -> {
            LOG.info(() -> "KvK numbers are looked up in the trade register at " + Settings.kvkApiUrl());
            return new KvkSearchApi(Settings.kvkApiUrl(), key);
        }).orElseGet(() -> {
            LOG.info("No KvK API key (pmohub.kvk.api-key): KvK numbers are checked for their format only");
            return new KvkFormatCheck();
        });
    }
}
