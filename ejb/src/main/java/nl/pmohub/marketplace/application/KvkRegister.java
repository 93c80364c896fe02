package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.KvkCheck;

/**
 * The Chamber of Commerce's trade register, asked whether a KvK number exists. The adapter for KvK's search
 * API comes with its key; without one the number's format is all that is checked and the operator checks the
 * rest by hand ({@link KvkCheck#FORMAT_ONLY}).
 */
public interface KvkRegister {

    KvkCheck check(String kvkNumber);
}
