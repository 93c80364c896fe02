package nl.pmohub.tenancy.infrastructure.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps a link's query across the sign-in. The OIDC mechanism sends Keycloak a redirect URI without the
 * query (Elytron drops it on purpose, ELY-2242), so a link from a mail such as
 * {@code /t/acme/project.xhtml?id=…} would come back as {@code /t/acme/project.xhtml}. When a GET with a
 * query is answered by a redirect to the sign-in, the path and query are kept for ten minutes in a
 * cookie scoped to the tenant; the first request to that same path without a query after the sign-in
 * is sent on to it. Only a link to the same path of the same tenant is ever followed, so the cookie
 * cannot redirect anywhere else.
 */
final class DeepLink {

    static final String COOKIE = "pmohub-deep-link";
    private static final int KEPT_SECONDS = 600;
    private static final String SIGN_IN = "/protocol/openid-connect/auth";

    private DeepLink() {
    }

    /** Before authentication: remember the link if the answer turns out to be a redirect to the sign-in. */
    static void rememberIfSentToSignIn(HttpServerExchange exchange, RealmRoute route) {
        if (!Methods.GET.equals(exchange.getRequestMethod()) || exchange.getQueryString().isEmpty()) {
            return;
        }
        String link = exchange.getRequestURI() + "?" + exchange.getQueryString();
        String tenantPath = tenantPath(exchange.getRequestURI(), route.realm());
        exchange.addResponseCommitListener(answered -> {
            String location = answered.getResponseHeaders().getFirst(Headers.LOCATION);
            if (answered.getStatusCode() == 302 && location != null && location.contains(SIGN_IN)) {
                answered.setResponseCookie(new CookieImpl(COOKIE, URLEncoder.encode(link, StandardCharsets.UTF_8))
                        .setPath(tenantPath).setMaxAge(KEPT_SECONDS)
                        .setHttpOnly(true).setSameSiteMode("Lax"));
            }
        });
    }

    /** After authentication: the remembered link of this very path, if this request lost its query. */
    static Optional<String> lostBy(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || request.getCookies() == null) {
            return Optional.empty();
        }
        String path = request.getRequestURI();
        return Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .map(cookie -> URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8))
                .filter(link -> link.startsWith(path + "?"));
    }

    /** The part of a request URI up to the tenant, {@code [context]/t/acme/}: the cookie's scope. */
    private static String tenantPath(String requestUri, String realm) {
        String tenant = "/t/" + realm + "/";
        return requestUri.substring(0, requestUri.indexOf(tenant) + tenant.length());
    }

    /** A cookie that removes the remembered link (sent with the redirect that follows it). */
    static Cookie forgotten(HttpServletRequest request, String realm) {
        Cookie gone = new Cookie(COOKIE, "");
        gone.setPath(tenantPath(request.getRequestURI(), realm));
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        return gone;
    }
}
