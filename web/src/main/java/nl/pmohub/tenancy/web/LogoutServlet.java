package nl.pmohub.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.UriBuilder;
import nl.pmohub.shared.infrastructure.Settings;
import nl.pmohub.tenancy.application.CurrentTenant;
import nl.pmohub.tenancy.infrastructure.http.RealmRoute;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.IOException;

/**
 * Logs out of PMO Hub and of the realm's Keycloak session (RP-initiated logout), then returns to the
 * start page. Reached as {@code /t/{tenant}/logout} (forwarded here), {@code /platform/logout} or {@code /marketplace/logout}.
 */
@WebServlet({"/app/logout", "/platform/logout", "/marketplace/logout"})
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentTenant currentTenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String realm = currentTenant.slug().orElse(RealmRoute.PLATFORM_REALM);
        UriBuilder logout = UriBuilder.fromUri(Settings.keycloakUrl()).path("realms/{realm}/protocol/openid-connect/logout")
                .queryParam("client_id", "pmohub-web")
                .queryParam("post_logout_redirect_uri", Settings.webUrl() + "/");
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal && principal.getOidcSecurityContext().getIDTokenString() != null) {
            logout.queryParam("id_token_hint", principal.getOidcSecurityContext().getIDTokenString());
        }
        // invalidating the session drops the OIDC tokens; request.logout() would also try a back-channel
        // logout that elytron-oidc-client cannot do without a configured client (ELY23010), so Keycloak's
        // session ends through the browser redirect below instead
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        response.sendRedirect(logout.build(realm).toString());
    }
}
