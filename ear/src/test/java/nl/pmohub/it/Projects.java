package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Project fixtures for the API tests: valid bodies, and creating one through the API. */
public final class Projects {

    private Projects() {
    }

    public static String url(String tenant) {
        return Stack.API + "/t/" + tenant + "/projects";
    }

    public static JsonObjectBuilder valid(String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Project " + code)
                .add("method", "PRINCE2")
                .add("manager", "Test Manager")
                .add("startDate", "2027-01-01")
                .add("endDate", "2027-06-30")
                .add("status", "GREEN")
                .add("budget", 125000.50);
    }

    /** Creates a project as the given user and returns its JSON (id, version…). */
    public static JsonObject create(String tenant, String token, String code) {
        Http.Reply reply = Http.post(url(tenant), token, valid(code).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create " + code + ": " + reply);
        }
        return reply.json();
    }
}
