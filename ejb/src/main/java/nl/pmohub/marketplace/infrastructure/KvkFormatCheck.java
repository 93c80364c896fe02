package nl.pmohub.marketplace.infrastructure;

import nl.pmohub.marketplace.application.KvkRegister;
import nl.pmohub.marketplace.domain.KvkCheck;

/**
 * The KvK check while no key for the Chamber of Commerce's API is configured: the number's eight digits are
 * checked by validation already, so the profile is marked "format only" and the operator checks it in the
 * trade register by hand. Also what {@link KvkSearchApi} answers when KvK does not. Not a bean of its own:
 * {@link KvkRegisterChoice} picks one of the two.
 */
public class KvkFormatCheck implements KvkRegister {

    static boolean wellFormed(String kvkNumber) {
        return kvkNumber != null && kvkNumber.matches("\\d{8}");
    }

    @Override
    public KvkCheck check(String kvkNumber) {
        return wellFormed(kvkNumber) ? KvkCheck.FORMAT_ONLY : KvkCheck.UNVERIFIED;
    }
}
