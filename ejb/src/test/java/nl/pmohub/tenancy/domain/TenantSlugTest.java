package nl.pmohub.tenancy.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex", "gemeente-utrecht", "a1b"})
    void acceptsUrlSafeLowerCaseNames(String slug) {
        assertThat(TenantSlug.isWellFormed(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Acme", "1acme", "acme-", "ac me", "acme/x", "master", "pmohub", "platform",
            "a-very-long-name-that-exceeds-thirty"})
    void refusesEverythingElse(String slug) {
        assertThat(TenantSlug.isWellFormed(slug)).isFalse();
    }
}
