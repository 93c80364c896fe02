package nl.pmohub.tenancy.infrastructure.http;

import nl.pmohub.shared.infrastructure.BeanLookup;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import nl.pmohub.tenancy.application.TenantDirectory;

import java.util.Optional;

/**
 * Answers 404 for a tenant that does not exist, before authentication runs: otherwise an unknown
 * tenant would look like a login problem (and leak which tenants exist by the difference).
 * Registered per war through META-INF/services; the war's context-param {@code pmohub.routing} says
 * which URL scheme applies. Runs inside the servlet's thread setup, so CDI is available. In the web war
 * it also keeps a link's query across the sign-in ({@link DeepLink}).
 */
public class TenantGate implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        RealmRouting routing = RealmRouting.named(deploymentInfo.getInitParameters().get("pmohub.routing"));
        boolean api = routing == RealmRouting.API;
        deploymentInfo.addOuterHandlerChainWrapper(next -> new Gate(next, routing, api));
    }

    private static final BeanLookup<TenantDirectory> DIRECTORY = BeanLookup.of(TenantDirectory.class);

    private record Gate(HttpHandler next, RealmRouting routing, boolean api) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            Optional<RealmRoute> route = routing.route(exchange.getRelativePath());
            if (route.isPresent() && route.get().isTenant() && !DIRECTORY.get().exists(route.get().realm())) {
                exchange.setStatusCode(404);
                if (api) {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
                    exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"No such tenant\"}");
                } else {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
                    exchange.getResponseSender().send("<!DOCTYPE html><html lang=\"en\"><head><title>PMO Hub</title></head>"
                            + "<body><h1>Organisation not found</h1><p>Organisatie niet gevonden.</p></body></html>");
                }
                return;
            }
            if (!api && route.isPresent() && route.get().isTenant()) {
                DeepLink.rememberIfSentToSignIn(exchange, route.get());
            }
            next.handleRequest(exchange);
        }
    }
}
