package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.KvkRegister;
import nl.pmohub.marketplace.domain.KvkCheck;

/**
 * The KvK check while no key for the Chamber of Commerce's API is configured: the number's eight digits are
 * checked by validation already, so the profile is marked "format only" and the operator checks it in the
 * trade register by hand. (The API adapter is a later part of the marketplace.)
 */
@ApplicationScoped
public class KvkFormatCheck implements KvkRegister {

    @Override
    public KvkCheck check(String kvkNumber) {
        return kvkNumber != null && kvkNumber.matches("\\d{8}") ? KvkCheck.FORMAT_ONLY : KvkCheck.UNVERIFIED;
    }
}
