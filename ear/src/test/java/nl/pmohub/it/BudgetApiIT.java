package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's budget through the real API: lines, costs, approved hours at their rates, progress, and earned value from them. */
class BudgetApiIT extends EndToEnd {

    private static final YearMonth NOW = YearMonth.now();

    /** A project of twelve whole months, the fourth of which is this one. */
    private static String yearProject(String pm) {
        Http.Reply created = Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("BU-"))
                .add("startDate", NOW.minusMonths(3).atDay(1).toString()).add("endDate", NOW.plusMonths(8).atEndOfMonth().toString()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static String budget(String tenant, String project) {
        return Projects.url(tenant) + "/" + project + "/budget";
    }

    private static String line(String category, String amount, YearMonth first, YearMonth last) {
        return Json.createObjectBuilder().add("category", category).add("description", "Regel " + category).add("amount", new BigDecimal(amount))
                .add("firstMonth", first.toString()).add("lastMonth", last.toString()).build().toString();
    }

    private static String cost(String category, String amount, LocalDate on) {
        return Json.createObjectBuilder().add("category", category).add("bookedOn", on.toString()).add("amount", new BigDecimal(amount))
                .add("description", "Factuur").add("supplier", "Leverancier B.V.").build().toString();
    }

    private static Http.Reply status(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    @Test
    void earnedValueComesFromTheLinesTheCostsTheApprovedHoursAtTheirRateAndTheProgress() {
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String project = yearProject(pm);
        status(Http.post(budget("acme", project) + "/lines", pm, line("MATERIALS", "120000", NOW.minusMonths(3), NOW.plusMonths(8))), 201);
        status(Http.post(budget("acme", project) + "/costs", pm, cost("MATERIALS", "25000", NOW.minusMonths(2).atDay(10))), 201);

        // 8 hours last month at 100 an hour, approved: 800 of internal labour
        LocalDate monday = NOW.minusMonths(1).atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        status(Http.put(Stack.API + "/t/acme/rates", Http.token("acme", "admin"), null, Json.createObjectBuilder().add("person", "pmo")
                .add("hourlyRate", new BigDecimal("100.00")).add("validFrom", NOW.minusMonths(3).atDay(1).toString()).build().toString()), 200);
        JsonObject sheet = status(Http.put(Projects.url("acme") + "/" + project + "/timesheets/mine/" + monday, pmo, null,
                "{\"days\":[{\"date\":\"" + monday + "\",\"hours\":8}]}"), 200).json();
        String sheetUrl = Projects.url("acme") + "/" + project + "/timesheets/" + sheet.getString("id");
        status(Http.post(sheetUrl + "/submit", pmo, "\"0\"", ""), 200);
        status(Http.post(sheetUrl + "/approve", pm, "\"1\"", ""), 200);

        // half of the only deliverable is done
        status(Http.post(Projects.url("acme") + "/" + project + "/deliverables", pm, Json.createObjectBuilder().add("name", "Ontwerp")
                .add("startDate", NOW.minusMonths(3).atDay(1).toString()).add("endDate", NOW.plusMonths(2).atDay(1).toString())
                .add("percentComplete", 50).build().toString()), 201);

        JsonObject overview = status(Http.get(budget("acme", project), pm), 200).json();
        JsonObject ev = overview.getJsonObject("earnedValue");
        assertThat(ev.getJsonNumber("bac").bigDecimalValue()).isEqualByComparingTo("120000");
        assertThat(ev.getJsonNumber("ev").bigDecimalValue()).isEqualByComparingTo("60000");
        assertThat(ev.getJsonNumber("ac").bigDecimalValue()).isEqualByComparingTo("25800");
        assertThat(ev.getJsonNumber("cpi").bigDecimalValue()).isEqualByComparingTo("2.33");
        assertThat(ev.getJsonNumber("pv").bigDecimalValue()).as("three months of 10,000 and part of this one")
                .isBetween(new BigDecimal("30000"), new BigDecimal("40000"));
        assertThat(overview.getJsonNumber("approvedHours").bigDecimalValue()).isEqualByComparingTo("8");
        assertThat(overview.getJsonArray("curve")).hasSize(12);
        JsonObject last = overview.getJsonArray("curve").getJsonObject(11);
        assertThat(last.getJsonNumber("plannedValue").bigDecimalValue()).isEqualByComparingTo("120000");
        assertThat(last.containsKey("earnedValue")).as("no earned value in the future").isFalse();
        assertThat(overview.getJsonArray("categories").getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getString("category").equals("INTERNAL_LABOUR") && c.getJsonNumber("actual").bigDecimalValue().compareTo(new BigDecimal("800")) == 0)
                .anyMatch(c -> c.getString("category").equals("MATERIALS") && c.getJsonNumber("remaining").bigDecimalValue().compareTo(new BigDecimal("95000")) == 0);
    }

    @Test
    void linesAndCostsAreCheckedLockedAndKeptWithinTheTenant() {
        String pm = Http.token("acme", "pm");
        String project = yearProject(pm);
        String lines = budget("acme", project) + "/lines";
        assertField(Http.post(lines, pm, line("MATERIALS", "1000", NOW.minusMonths(4), NOW)), 409, "firstMonth");
        assertField(Http.post(lines, pm, line("MATERIALS", "1000", NOW, NOW.minusMonths(1))), 409, "lastMonth");
        assertField(Http.post(lines, pm, line("MATERIALS", "-1", NOW, NOW)), 400, "amount");
        assertField(Http.post(lines, pm, line("SNACKS", "1", NOW, NOW)), 400, "category");
        assertField(Http.post(lines, pm, line("MATERIALS", "1", NOW, NOW).replace(NOW.toString() + "\",\"lastMonth", "2027-13\",\"lastMonth")), 400, "firstMonth");
        assertField(Http.post(budget("acme", project) + "/costs", pm, cost("OTHER", "10", NOW.plusMonths(9).atDay(1))), 409, "bookedOn");
        assertField(Http.post(budget("acme", project) + "/costs", pm, cost("OTHER", "0", NOW.atDay(1))), 400, "amount");

        Http.Reply planned = status(Http.post(lines, pm, line("LICENCES", "3600", NOW, NOW.plusMonths(2))), 201);
        String url = planned.header("Location");
        assertThat(status(Http.get(url, pm), 200).header("ETag")).isEqualTo("\"0\"");
        status(Http.put(url, pm, "\"0\"", line("LICENCES", "4800", NOW, NOW.plusMonths(2))), 200);
        status(Http.put(url, pm, "\"0\"", line("LICENCES", "5000", NOW, NOW.plusMonths(2))), 412);
        status(Http.put(url, pm, null, line("LICENCES", "5000", NOW, NOW.plusMonths(2))), 428);
        assertThat(Http.post(lines, Http.token("acme", "viewer"), line("OTHER", "1", NOW, NOW)).status()).isEqualTo(403);
        assertThat(Http.get(budget("acme", project), Http.token("acme", "viewer")).status()).as("everyone reads the budget").isEqualTo(200);

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(budget("globex", project), globex).status()).isEqualTo(404);
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.post(budget("globex", project) + "/lines", globex, line("OTHER", "1", NOW, NOW)).status()).isEqualTo(404);
        status(Http.delete(url, pm, "\"1\""), 204);
    }

    @Test
    void reBaseliningMeasuresAgainstTheNewPlanAndKeepsTheEarlierOnes() {
        String pm = Http.token("acme", "pm");
        String project = yearProject(pm);
        String budget = budget("acme", project);
        String baselines = budget + "/baselines";
        assertField(Http.post(baselines, pm, "{\"reason\":\"Projectplan\"}"), 409, "lines");
        status(Http.post(budget + "/lines", pm, line("MATERIALS", "12000", NOW.minusMonths(3), NOW.plusMonths(8))), 201);
        assertField(Http.post(baselines, pm, "{\"reason\":\" \"}"), 400, "reason");
        assertThat(Http.post(baselines, Http.token("acme", "pmo"), "{\"reason\":\"x\"}").status()).as("the PMO does not baseline").isEqualTo(403);

        JsonObject first = status(Http.post(baselines, pm, "{\"reason\":\"Projectplan vastgesteld\"}"), 201).json();
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("12000");
        status(Http.post(budget + "/lines", pm, line("OTHER", "6000", NOW, NOW.plusMonths(5))), 201);
        JsonObject measured = Http.get(budget, pm).json();
        assertThat(measured.getJsonObject("earnedValue").getJsonNumber("bac").bigDecimalValue()).as("still the baseline").isEqualByComparingTo("12000");
        assertThat(measured.getJsonNumber("workingBudget").bigDecimalValue()).isEqualByComparingTo("18000");

        status(Http.post(baselines, pm, "{\"reason\":\"Wijziging 1 goedgekeurd\"}"), 201);
        JsonObject rebaselined = Http.get(budget, pm).json();
        assertThat(rebaselined.getJsonObject("earnedValue").getJsonNumber("bac").bigDecimalValue()).isEqualByComparingTo("18000");
        assertThat(rebaselined.getJsonArray("baselines").getValuesAs(JsonObject.class)).extracting(b -> b.getInt("number")).containsExactly(1, 2);
        assertThat(Http.get(baselines, pm).array().getValuesAs(JsonObject.class)).extracting(b -> b.getString("reason"))
                .containsExactly("Projectplan vastgesteld", "Wijziging 1 goedgekeurd");
        assertThat(Http.get(baselines.replace("/t/acme/", "/t/globex/"), Http.token("globex", "pm")).status()).isEqualTo(404);
    }
}
