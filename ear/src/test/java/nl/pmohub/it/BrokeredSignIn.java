package nl.pmohub.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A hired professional's sign-in to a client tenant as a browser does it: the tenant realm's login page, its
 * "PMO Hub marketplace" button, the platform realm's login form, back through the broker, and the code exchanged
 * (with PKCE) at the tenant realm's web client for the tenant's own token. Keycloak's cookies are kept by hand, by
 * path (both realms use the same names): they are marked Secure, which Java's cookie manager refuses to send over
 * http (browsers allow it on localhost).
 */
final class BrokeredSignIn {

    private static final Pattern BROKER_LINK = Pattern.compile("href=\"([^\"]*broker/pmohub/login[^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final String WEB_SECRET = System.getProperty("pmohub.web.client-secret", "pmohub-web-demo-secret");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Cookie values by path and name. */
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    private BrokeredSignIn() {
    }

    /** The tenant realm's access token of {@code user} (a platform account), or empty when the tenant's realm refuses the sign-in. */
    static Optional<String> token(String tenant, String user) {
        return new BrokeredSignIn().signIn(tenant, user);
    }

    private Optional<String> signIn(String tenant, String user) {
        String verifier = random();
        String redirect = Stack.BASE_URL + "/t/" + tenant + "/";
        String auth = Stack.KEYCLOAK_URL + "/realms/" + tenant + "/protocol/openid-connect/auth?" + form(Map.of("client_id", "pmohub-web",
                "response_type", "code", "scope", "openid", "redirect_uri", redirect, "state", random(),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        Page login = follow(get(auth));
        Page platform = follow(get(absolute(login.uri, find(BROKER_LINK, login.body))));
        Page back = follow(post(find(FORM_ACTION, platform.body), Map.of("username", user, "password", "demo")));
        if (back.code == null) {
            return Optional.empty();
        }
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/realms/" + tenant + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code", "code", back.code, "redirect_uri", redirect, "client_id", "pmohub-web",
                        "client_secret", WEB_SECRET, "code_verifier", verifier)))));
        return Optional.of(jakarta.json.Json.createReader(new java.io.StringReader(token.body())).readObject().getString("access_token"));
    }

    /** Where a chain of redirects ends: a page of Keycloak, or the application with the authorization code. */
    private record Page(URI uri, String body, String code) {
    }

    private Page follow(HttpResponse<String> response) {
        while (response.statusCode() / 100 == 3) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(Stack.BASE_URL)) {
                String code = java.util.Arrays.stream(next.getRawQuery().split("&")).filter(p -> p.startsWith("code=")).map(p -> p.substring(5))
                        .findFirst().orElse(null);
                return new Page(next, "", code == null ? null : java.net.URLDecoder.decode(code, StandardCharsets.UTF_8));
            }
            response = get(next.toString());
        }
        return new Page(response.uri(), response.body(), null);
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> values) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        String path = built.uri().getPath();
        String cookie = cookies.entrySet().stream().filter(byPath -> path.startsWith(byPath.getKey()))
                .flatMap(byPath -> byPath.getValue().entrySet().stream()).map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        if (!cookie.isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", cookie).build();
        }
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> keep(header, path));
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie, String requestPath) {
        String[] parts = setCookie.split(";");
        String cookiePath = java.util.Arrays.stream(parts).skip(1).map(String::strip).filter(a -> a.regionMatches(true, 0, "Path=", 0, 5))
                .map(a -> a.substring(5)).findFirst().orElse(requestPath.substring(0, requestPath.lastIndexOf('/') + 1));
        int equals = parts[0].indexOf('=');
        cookies.computeIfAbsent(cookiePath, p -> new LinkedHashMap<>()).put(parts[0].substring(0, equals).strip(), parts[0].substring(equals + 1).strip());
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Not on the expected Keycloak page: " + body.substring(0, Math.min(400, body.length())));
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String absolute(URI base, String link) {
        return base.resolve(link).toString();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
