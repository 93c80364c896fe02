package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for black-box tests: real tokens from Keycloak, JSON in and out. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** What came back: status, headers and the body (parsed when it is JSON). */
    public record Reply(int status, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(raw.body())).read();
        }

        @Override
        public String toString() {
            return status + " " + raw.headers().firstValue("Content-Type").orElse("") + " " + raw.body();
        }
    }

    /** A password-grant access token of a demo user, through the realm's public client pmohub-cli. */
    public static String token(String realm, String user) {
        return token(realm, user, "pmohub-cli");
    }

    public static String token(String realm, String user, String client) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", client,
                        "username", user, "password", "demo")))));
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + user + "@" + realm + ": " + reply);
        }
        return reply.json().getString("access_token");
    }

    public static Reply get(String url, String token) {
        return send(request(url, token).GET());
    }

    public static Reply post(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST whose answer should come in the given Accept-Language. */
    public static Reply post(String url, String token, String json, Locale.LanguageRange... languages) {
        String acceptLanguage = java.util.Arrays.stream(languages).map(r -> r.getRange() + ";q=" + r.getWeight()).collect(Collectors.joining(", "));
        return send(request(url, token).header("Accept-Language", acceptLanguage).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply put(String url, String token, String ifMatch, String json) {
        return send(ifMatch(request(url, token), ifMatch).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST that acts on a versioned thing (a state change such as a gate decision): it names the ETag it read. */
    public static Reply post(String url, String token, String ifMatch, String json) {
        return send(ifMatch(request(url, token), ifMatch).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply delete(String url, String token, String ifMatch) {
        return send(ifMatch(request(url, token), ifMatch).DELETE());
    }

    private static HttpRequest.Builder ifMatch(HttpRequest.Builder request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
