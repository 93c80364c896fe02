package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace's whole loop in two real browsers, with a real Keycloak sign-in at each step: the project manager
 * submits a request and offers an agreement to a candidate from the shortlist; the professional accepts it on the
 * marketplace; the client concludes it; the professional signs in to the client's tenant through the broker
 * ("PMO Hub marketplace") and registers hours there; the client approves them; the fee shows on the statement.
 */
class HiringLoopBrowserIT extends EndToEnd {

    private static final String ACCOUNT = "pro2";
    /** The third demo project: the API tests hire the same professional for the first two. */
    private static final String PROJECT = "ACM-103";

    @Test
    void aHiredProfessionalWorksInsideTheClientsTenantAndTheFeeFollowsTheApprovedHours() {
        String title = Stack.unique("Controller ");
        String name = Http.get(Stack.API + "/marketplace/profile", Http.token("pmohub", ACCOUNT)).json().getString("name");
        LocalDate today = LocalDate.now();
        try (Browser client = new Browser("en"); Browser pro = new Browser("en")) {
            client.signInToDashboard("acme", "pm", "Projects");
            client.click(By.id("marketLink"));
            client.waitForText(By.tagName("h1"), "Marketplace");
            submitRequest(client, title, today);
            client.waitForText(By.id("market:candidates"), name);
            client.click(By.xpath("//tbody[@id='market:candidates_data']/tr[contains(., '" + name + "')]//button[contains(@id, ':offer')]"));
            client.waitFor(By.id("offerForm:hourlyRate_input"));
            client.screenshot("80-hiring-offer");
            client.click(By.id("offerForm:sendOffer"));
            client.waitForText(By.id("growl_container"), "Agreement offered to " + name);

            pro.open("/marketplace/");
            pro.signIn(ACCOUNT, "demo");
            pro.waitForText(By.id("assignments:myAgreements"), title);
            pro.click(By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, ':acceptOffer')]"));
            pro.waitForText(By.id("growl_container"), "You accepted version 1");
            pro.screenshot("81-hiring-professional-accepts");

            client.open("/t/acme/agreements.xhtml");
            client.click(By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, ':accept')]"));
            client.click(By.cssSelector(".ui-confirmdialog-yes"));
            client.waitForText(By.id("growl_container"), "concluded");
            client.waitForText(By.id("engagements:engagementTable"), ACCOUNT + ".pmohub");
            client.screenshot("82-hiring-concluded");

            pro.open("/t/acme/");
            pro.click(By.id("social-pmohub"));          // signed in at the marketplace already: straight back, as pro2.pmohub
            pro.waitForText(By.tagName("h1"), "Projects");
            registerHours(pro, today);
            pro.screenshot("83-hiring-guest-hours");

            client.open("/t/acme/approvals.xhtml");
            client.waitForText(By.id("approvals:table"), ACCOUNT + ".pmohub");
            client.click(By.xpath("//tr[contains(., '" + ACCOUNT + ".pmohub')]//button[contains(@id, ':approve')]"));
            client.waitForText(By.id("growl_container"), "approved");

            JsonObject engagement = Http.get(Hiring.market("acme") + "/engagements", Http.token("acme", "pm")).array().getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getString("projectName").startsWith(PROJECT) && e.getString("tenantUsername").equals(ACCOUNT + ".pmohub"))
                    .findFirst().orElseThrow();
            JsonObject month = engagement.getJsonArray("fees").getValuesAs(JsonObject.class).stream().filter(f -> !f.containsKey("issuedAt"))
                    .findFirst().orElseThrow();
            BigDecimal rate = engagement.getJsonNumber("hourlyRate").bigDecimalValue();
            BigDecimal fee = new BigDecimal("4").multiply(rate).multiply(engagement.getJsonNumber("feePercent").bigDecimalValue())
                    .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            assertThat(month.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("4");
            assertThat(month.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo(fee);
            assertThat(month.getJsonNumber("vat").bigDecimalValue()).isEqualByComparingTo(fee.multiply(new BigDecimal("0.21")).setScale(2, RoundingMode.HALF_UP));

            client.open("/t/acme/agreements.xhtml");
            client.waitForText(By.id("engagements:feeTable"), name);
            assertThat(client.driver().findElement(By.id("engagements:feeTable")).getText()).contains(fee.toPlainString());
            client.screenshot("84-hiring-fee-statement");
        }
    }

    /** The request dialog: remote work needing the controllers' three skills, from today, four hours a week. */
    private static void submitRequest(Browser client, String title, LocalDate today) {
        client.click(By.id("market:requests:newRequest"));
        client.waitFor(By.id("requestForm:title"));
        Select project = new Select(client.driver().findElement(By.id("requestForm:project_input")));
        project.getOptions().stream().filter(o -> o.getText().startsWith(PROJECT)).findFirst().orElseThrow().click();
        client.type("requestForm:title", title);
        client.click(By.id("requestForm:requiredSkills"));
        List<String> skills = List.of("FINANCE", "PRINCE2", "REPORTING");
        for (String skill : skills) {
            client.click(By.cssSelector("#requestForm\\:requiredSkills_panel li[data-item-value='" + skill + "'] .ui-chkbox-box"));
        }
        assertThat(client.driver().findElements(By.cssSelector("input[type=checkbox][name='requestForm:requiredSkills']")))
                .filteredOn(WebElement::isSelected).extracting(box -> box.getAttribute("value")).as("the skills ticked")
                .containsExactlyInAnyOrderElementsOf(skills);
        client.click(By.id("requestForm:title"));
        client.click(By.cssSelector("#requestForm\\:remote .ui-toggleswitch-slider"));
        client.type("requestForm:start_input", today.toString());
        client.click(By.id("requestForm:title"));
        client.type("requestForm:hours_input", "4");
        client.type("requestForm:weeks_input", "4");
        client.type("requestForm:maxRate_input", "130");
        client.click(By.id("requestForm:title"));
        client.click(By.id("requestForm:submit"));
        client.waitForText(By.id("market:shortlistPanel"), title);
    }

    /** Four hours today on the project, saved and handed in, in the hired professional's own week grid. */
    private static void registerHours(Browser pro, LocalDate today) {
        pro.open("/t/acme/hours.xhtml?week=" + today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        Select projects = new Select(pro.waitFor(By.id("week:addProject")));
        projects.getOptions().stream().filter(o -> o.getText().startsWith(PROJECT)).findFirst().orElseThrow().click();
        pro.click(By.id("week:add"));
        pro.waitForText(By.id("week:grid"), PROJECT);
        List<WebElement> days = pro.driver().findElements(By.cssSelector("#week\\:grid tbody tr:first-child input.hours-input"));
        WebElement day = days.get(today.getDayOfWeek().getValue() - 1);
        day.click();
        day.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
        pro.click(By.id("week:save"));
        pro.waitForText(By.id("growl_container"), "Hours saved");
        pro.click(By.id("week:grid:0:submit"));
        pro.waitForText(By.id("week:grid"), "Handed in");
    }
}
