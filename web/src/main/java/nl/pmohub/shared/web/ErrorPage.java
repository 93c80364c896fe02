package nl.pmohub.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.pmohub.tenancy.infrastructure.http.TenantRequestFilter;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the error page says for the status the container sends it (404, 403, anything else as 500). A
 * failure nobody expected gets a correlation id that the page shows and the log holds with the stack
 * trace, and nothing else about it.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    HttpServletRequest request;

    private int status;
    private String correlationId;

    @PostConstruct
    void init() {
        status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (status >= 500) {
            correlationId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + ", correlation id " + correlationId, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
    }

    public String getTitle() {
        return Messages.text(switch (status) {
            case 404 -> "error.pageNotFound.title";
            case 403 -> "error.forbidden.title";
            default -> "error.title";
        });
    }

    public String getExplanation() {
        if (status == 403 && request.getAttribute(TenantRequestFilter.REFUSAL_ATTRIBUTE) instanceof String refusal) {
            return refusal;
        }
        return Messages.text(switch (status) {
            case 404 -> "error.pageNotFound";
            case 403 -> "error.forbidden.page";
            default -> "error.unexpected";
        });
    }

    /** The reference to quote to support; only for failures of the server. */
    public String getCorrelationId() {
        return correlationId;
    }
}
