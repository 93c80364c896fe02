package nl.pmohub.tenancy.infrastructure.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRoutingTest {

    @Test
    void tenantPathsOfTheUiNameTheTenantAndTheRest() {
        RealmRoute route = RealmRouting.WEB.route("/t/acme/projects.xhtml").orElseThrow();
        assertThat(route.isTenant()).isTrue();
        assertThat(route.realm()).isEqualTo("acme");
        assertThat(route.rest()).isEqualTo("/projects.xhtml");
        assertThat(RealmRouting.WEB.route("/t/acme").orElseThrow().rest()).isEqualTo("/");
    }

    @Test
    void apiPathsAreBelowVersionOne() {
        RealmRoute route = RealmRouting.API.route("/v1/t/globex/projects/42").orElseThrow();
        assertThat(route.realm()).isEqualTo("globex");
        assertThat(RealmRouting.API.route("/t/globex/projects")).isEmpty();
        assertThat(RealmRouting.API.route("/v1/platform/tenants").orElseThrow().realm()).isEqualTo(RealmRoute.PLATFORM_REALM);
    }

    @Test
    void platformAndMarketplaceBelongToThePlatformRealm() {
        assertThat(RealmRouting.WEB.route("/platform/tenants.xhtml").orElseThrow().area()).isEqualTo(RealmRoute.Area.PLATFORM);
        assertThat(RealmRouting.WEB.route("/marketplace/").orElseThrow().realm()).isEqualTo("pmohub");
        assertThat(RealmRouting.WEB.route("/platformer")).isEmpty();
    }

    @Test
    void otherPathsBelongToNoRealm() {
        assertThat(RealmRouting.WEB.route("/")).isEmpty();
        assertThat(RealmRouting.WEB.route("/jakarta.faces.resource/x.js")).isEmpty();
        assertThat(RealmRouting.WEB.route("/t/")).isEmpty();
        assertThat(RealmRouting.WEB.route(null)).isEmpty();
    }
}
