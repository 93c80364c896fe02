package nl.pmohub.tenancy.infrastructure.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.pmohub.shared.infrastructure.Settings;
import nl.pmohub.shared.application.ErrorTexts;
import nl.pmohub.tenancy.application.CurrentTenant;
import nl.pmohub.tenancy.application.GuestAccess;
import nl.pmohub.tenancy.application.TenantDirectory;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.IOException;
import java.util.Optional;

/**
 * Enters the request's tenant into {@link CurrentTenant}, after authentication. Belt and braces to the
 * OIDC resolver: the token's issuer must be the addressed realm, or the request is refused with 401. A hired
 * professional's guest account is let in only while an engagement runs ({@link GuestAccess}), else 403.
 * In the web war ({@code forward-to} init-param) it also forwards {@code /t/{tenant}/x.xhtml} to the
 * tenant-neutral view {@code /app/x.xhtml}, and sends a link that lost its query in the sign-in on to
 * the whole link ({@link DeepLink}).
 */
public class TenantRequestFilter implements Filter {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory directory;

    @Inject
    GuestAccess guests;

    private RealmRouting routing;
    private String forwardTo;

    @Override
    public void init(FilterConfig config) {
        routing = RealmRouting.named(config.getServletContext().getInitParameter("pmohub.routing"));
        forwardTo = config.getInitParameter("forward-to");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<RealmRoute> route = routing.route(path);
        if (route.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        String realm = route.get().realm();
        if (!issuedBy(request, realm)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!route.get().isTenant()) {
            chain.doFilter(req, res);
            return;
        }
        if (!directory.exists(realm)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        currentTenant.enter(realm);
        Optional<String> refusal = guests.refusal(request.getUserPrincipal().getName());
        if (refusal.isPresent()) {
            refuseGuest(request, response, ErrorTexts.text(request.getLocale(), refusal.get()));
            return;
        }
        Optional<String> lostLink = forwardTo == null ? Optional.empty() : DeepLink.lostBy(request);
        if (forwardTo == null) {
            chain.doFilter(req, res);
        } else if (lostLink.isPresent()) {
            response.addCookie(DeepLink.forgotten(request, realm));
            response.sendRedirect(lostLink.get());
        } else if ("/".equals(route.get().rest())) {
            response.sendRedirect(request.getContextPath() + "/t/" + realm + "/projects.xhtml");
        } else {
            request.setAttribute(TENANT_ATTRIBUTE, realm);
            request.getRequestDispatcher(forwardTo + route.get().rest()).forward(req, res);
        }
    }

    /** 403 with the reason: as problem+json on the API, through the error page (which shows it) on the web. */
    private void refuseGuest(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        if (routing == RealmRouting.API) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Forbidden").add("status", 403)
                    .add("detail", reason).build().toString());
        } else {
            request.setAttribute(REFUSAL_ATTRIBUTE, reason);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, reason);
        }
    }

    /** Request attribute holding why a guest was refused, for the error page. */
    public static final String REFUSAL_ATTRIBUTE = "nl.pmohub.refusal";

    /** Request attribute holding the slug, for the view layer's URLs. */
    public static final String TENANT_ATTRIBUTE = "nl.pmohub.tenant";

    private static boolean issuedBy(HttpServletRequest request, String realm) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return false;
        }
        String issuer = principal.getOidcSecurityContext().getToken().getIssuer();
        return (Settings.keycloakUrl() + "/realms/" + realm).equals(issuer);
    }
}
