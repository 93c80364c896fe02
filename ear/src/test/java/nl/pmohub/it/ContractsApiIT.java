package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Supplier contracts through the real API: registered with their KvK number, watched for end and notice, committed in the budget, isolated. */
class ContractsApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    private static JsonObjectBuilder contract(String supplier, LocalDate end, int noticeDays) {
        return Json.createObjectBuilder().add("supplier", supplier).add("kvkNumber", "30123456").add("subject", "Installaties")
                .add("value", new BigDecimal("50000.00")).add("startDate", TODAY.minusMonths(1).toString()).add("endDate", end.toString())
                .add("noticeDays", noticeDays).add("owner", "Jan Bakker");
    }

    private static String project(String pm) {
        return Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("CO-")).add("startDate", TODAY.minusMonths(2).toString())
                .add("endDate", TODAY.plusYears(1).toString()).build().toString()).json().getString("id");
    }

    @Test
    void contractsEndingOrToBeGivenNoticeSoonAreWatchedAndTheirValueIsCommitted() {
        String pm = Http.token("acme", "pm");
        String project = project(pm);
        String contracts = Projects.url("acme") + "/" + project + "/contracts";
        String ending = Stack.unique("Ending ");
        String notice = Stack.unique("Notice ");
        String later = Stack.unique("Later ");
        Http.Reply registered = Http.post(contracts, pm, contract(ending, TODAY.plusDays(10), 0).build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(Http.post(contracts, pm, contract(notice, TODAY.plusDays(100), 60).build().toString()).status()).isEqualTo(201);
        assertThat(Http.post(contracts, pm, contract(later, TODAY.plusDays(200), 30).build().toString()).status()).isEqualTo(201);

        JsonObject first = registered.json();
        assertThat(first.getString("noticeDate")).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(Http.get(contracts, pm).array()).hasSize(3);

        var attention = Http.get(Stack.API + "/t/acme/contracts/attention?days=60", pm).array().getValuesAs(JsonObject.class);
        assertThat(attention).anyMatch(c -> c.getString("supplier").equals(ending))
                .anyMatch(c -> c.getString("supplier").equals(notice) && c.getString("noticeDate").equals(TODAY.plusDays(40).toString()))
                .noneMatch(c -> c.getString("supplier").equals(later));

        JsonObject budget = Http.get(Projects.url("acme") + "/" + project + "/budget", pm).json();
        assertThat(budget.getJsonNumber("committed").bigDecimalValue()).isEqualByComparingTo("150000");

        String url = registered.header("Location");
        assertThat(Http.put(url, pm, "\"0\"", contract(ending, TODAY.plusDays(400), 0).build().toString()).status()).isEqualTo(200);
        assertThat(Http.put(url, pm, "\"0\"", contract(ending, TODAY.plusDays(5), 0).build().toString()).status()).isEqualTo(412);
        assertThat(Http.get(Stack.API + "/t/acme/contracts/attention?days=60", pm).array().getValuesAs(JsonObject.class))
                .as("extended: no longer ending soon").noneMatch(c -> c.getString("supplier").equals(ending));
        assertThat(Http.delete(url, pm, "\"1\"").status()).isEqualTo(204);
    }

    @Test
    void badContractsAreRefusedNamingTheFieldAndOtherTenantsSeeNothing() {
        String pm = Http.token("acme", "pm");
        String project = project(pm);
        String contracts = Projects.url("acme") + "/" + project + "/contracts";
        assertField(Http.post(contracts, pm, contract("X", TODAY.plusDays(10), 0).add("kvkNumber", "1234567").build().toString()), 400, "kvkNumber");
        assertField(Http.post(contracts, pm, contract("X", TODAY.plusDays(10), 0).add("kvkNumber", "1234567a").build().toString()), 400, "kvkNumber");
        assertField(Http.post(contracts, pm, contract("X", TODAY.minusMonths(2), 0).build().toString()), 400, "endDate");
        assertField(Http.post(contracts, pm, contract("X", TODAY.plusDays(10), 400).build().toString()), 400, "noticeDays");
        assertField(Http.post(contracts, pm, contract("X", TODAY.plusDays(10), 0).add("value", -1).build().toString()), 400, "value");
        assertField(Http.post(contracts, pm, contract("", TODAY.plusDays(10), 0).build().toString()), 400, "supplier");
        assertThat(Http.post(contracts, Http.token("acme", "viewer"), contract("X", TODAY.plusDays(10), 0).build().toString()).status()).isEqualTo(403);

        String secret = Stack.unique("Secret ");
        String url = Http.post(contracts, pm, contract(secret, TODAY.plusDays(10), 0).build().toString()).header("Location");
        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(contracts.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/contracts/attention?days=366", globex).array().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getString("supplier").equals(secret));
    }
}
