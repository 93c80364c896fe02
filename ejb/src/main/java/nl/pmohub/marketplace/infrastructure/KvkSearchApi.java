package nl.pmohub.marketplace.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import nl.pmohub.marketplace.application.KvkRegister;
import nl.pmohub.marketplace.domain.KvkCheck;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Looks a KvK number up with the Chamber of Commerce's search API ("Zoeken" v2, developers.kvk.nl). The
 * professional waits while their profile is saved, and KvK being away must not stop them: so short timeouts, and
 * any answer but "found" or "not found" leaves the number "format only" for the operator, with a warning in the
 * log. A 404 counts as "not found" only with KvK's code for it (IPD5200): a 404 of a wrong URL must not mark
 * every professional unknown.
 */
public class KvkSearchApi implements KvkRegister {

    private static final Logger LOG = Logger.getLogger(KvkSearchApi.class.getName());
    private static final String NO_RESULTS = "IPD5200";

    private final String baseUrl;
    private final String key;
    private final Duration requestTimeout;
    private final HttpClient client;

    public KvkSearchApi(String baseUrl, String key) {
        this(baseUrl, key, Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    KvkSearchApi(String baseUrl, String key, Duration connectTimeout, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public KvkCheck check(String kvkNumber) {
        if (!KvkFormatCheck.wellFormed(kvkNumber)) {
            return KvkCheck.UNVERIFIED;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/zoeken?kvkNummer=" + kvkNumber))
                    .header("apikey", key).header("Accept", "application/json").timeout(requestTimeout).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return answer(response.statusCode(), response.body(), kvkNumber)
                    .orElseGet(() -> unanswered("gave no answer to use (HTTP " + response.statusCode() + ")"));
        } catch (IOException | IllegalArgumentException failure) {
            return unanswered("failed: " + failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return unanswered("was interrupted");
        }
    }

    /** Empty unless KvK answered "found" or "not found" in its own shape. */
    private static Optional<KvkCheck> answer(int status, String body, String kvkNumber) {
        try {
            if (status == 200) {
                return Optional.of(lists(read(body), kvkNumber) ? KvkCheck.VERIFIED : KvkCheck.NOT_FOUND);
            }
            if (status == 404 && noResults(read(body))) {
                return Optional.of(KvkCheck.NOT_FOUND);
            }
        } catch (JsonException | ClassCastException notKvksShape) {
            // no answer either
        }
        return Optional.empty();
    }

    private static KvkCheck unanswered(String what) {
        LOG.warning(() -> "KvK search API " + what + "; the KvK number is checked for its format only, the operator checks the register");
        return KvkCheck.FORMAT_ONLY;
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static boolean lists(JsonObject answer, String kvkNumber) {
        JsonArray results = answer.getJsonArray("resultaten");
        return results != null && results.stream().map(JsonValue::asJsonObject)
                .anyMatch(result -> kvkNumber.equals(result.getString("kvkNummer", null)));
    }

    /** KvK's errors are {@code {"fout":[{"code":…}]}}, in some answers wrapped in {@code "meldingen"}. */
    private static boolean noResults(JsonObject answer) {
        JsonObject messages = answer.containsKey("meldingen") ? answer.getJsonObject("meldingen") : answer;
        JsonArray errors = messages.getJsonArray("fout");
        return errors != null && errors.stream().map(JsonValue::asJsonObject)
                .anyMatch(error -> NO_RESULTS.equals(error.getString("code", null)));
    }
}
