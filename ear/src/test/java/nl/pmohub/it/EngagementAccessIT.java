package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static nl.pmohub.it.Hiring.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hired professional inside client tenants, signed in through each realm's identity provider {@code pmohub} with
 * real Keycloak logins: in while an engagement runs, refused (403, said why) before it starts and after the client
 * ended it early, and then unable to sign in at all; a professional with two clients sees each only in its own tenant.
 */
class EngagementAccessIT extends EndToEnd {

    @Test
    void aGuestEntersOnlyWhileAnEngagementRuns() {
        String pm = Http.token("acme", "pm");
        String pro1 = BrokeredSignIn.token("acme", "pro1").orElseThrow();
        assertThat(Http.get(Projects.url("acme"), pro1).status()).as("the demo engagement runs").isEqualTo(200);
        assertThat(Http.get(Projects.url("globex"), pro1).status()).as("acme's token on globex").isEqualTo(401);

        String request = Hiring.request("acme", pm, 2, "Start over tien dagen", TODAY.plusDays(10), 4, 2);
        Hiring.conclude("acme", pm, request, "pro3", Hiring.terms("92.00", 4, TODAY.plusDays(10), TODAY.plusDays(23), "VIEWER"));
        String pro3 = BrokeredSignIn.token("acme", "pro3").orElseThrow();
        Http.Reply early = Http.get(Projects.url("acme"), pro3);
        assertThat(early.status()).as("before the start").isEqualTo(403);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        assertThat(early.json().getString("detail")).containsIgnoringCase("not started");

        JsonObject engagement = Http.get(Hiring.market("acme") + "/engagements", pm).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("tenantUsername").equals("pro1.pmohub") && e.getString("state").equals("ACTIVE")).findFirst().orElseThrow();
        String url = Hiring.market("acme") + "/engagements/" + engagement.getString("id");
        Http.Reply ended = Http.post(url + "/end", pm, Http.get(url, pm).header("ETag"),
                "{\"lastDay\":\"" + TODAY.minusDays(1) + "\",\"reason\":\"Project stilgelegd\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getString("state")).isEqualTo("ENDED");
        Http.Reply after = Http.get(Projects.url("acme"), pro1);
        assertThat(after.status()).as("the same token, after the early end").isEqualTo(403);
        assertThat(after.json().getString("detail")).containsIgnoringCase("ended");
        assertThat(BrokeredSignIn.token("acme", "pro1")).as("the account is disabled").isEqualTo(Optional.empty());

        // at the end both sides review each other once; the client's stars count in the professional's rating
        String pro = Http.token("pmohub", "pro1");
        int ratings = Http.get(Stack.API + "/marketplace/profile", pro).json().getInt("ratingCount");
        Http.Reply reviewed = Http.post(url + "/review", pm, "{\"stars\":4,\"text\":\"Goede rapportages\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().getJsonObject("clientReview").getInt("stars")).isEqualTo(4);
        assertField(Http.post(url + "/review", pm, "{\"stars\":5}"), 409, "stars");
        assertThat(Http.get(Stack.API + "/marketplace/profile", pro).json().getInt("ratingCount")).isEqualTo(ratings + 1);
        Http.Reply back = Http.post(Stack.API + "/marketplace/engagements/" + engagement.getString("id") + "/review", pro, "{\"stars\":3,\"text\":\"Plots gestopt\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json().getJsonObject("professionalReview").getString("text")).isEqualTo("Plots gestopt");
        assertField(Http.post(Stack.API + "/marketplace/engagements/" + engagement.getString("id") + "/review", pro, "{\"stars\":9}"), 400, "stars");
    }

    @Test
    void aProfessionalWithTwoClientsSeesEachOnlyInItsOwnTenant() {
        String pm = Http.token("acme", "pm");
        String request = Hiring.request("acme", pm, 1, "Tweede opdrachtgever", TODAY, 4, 2);
        String id = Hiring.conclude("acme", pm, request, "pro2", Hiring.terms("96.00", 4, TODAY, TODAY.plusDays(13), "PMO")).getString("id");
        assertField(Http.post(Hiring.market("acme") + "/engagements/" + id + "/review", pm, "{\"stars\":5}"), 409, "stars");   // not over yet
        String atAcme = BrokeredSignIn.token("acme", "pro2").orElseThrow();
        String atGlobex = BrokeredSignIn.token("globex", "pro2").orElseThrow();    // the demo engagement at globex
        String acmeProjects = Http.get(Projects.url("acme"), atAcme).body();
        String globexProjects = Http.get(Projects.url("globex"), atGlobex).body();
        assertThat(acmeProjects).contains("ACM-").doesNotContain("GLX-");
        assertThat(globexProjects).contains("GLX-").doesNotContain("ACM-");
        assertThat(Http.get(Projects.url("globex"), atAcme).status()).isEqualTo(401);
        assertThat(Http.get(Projects.url("acme"), atGlobex).status()).isEqualTo(401);
    }
}
