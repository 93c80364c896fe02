package nl.pmohub.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.pmohub.shared.domain.PmoException;

import java.util.Iterator;

/**
 * The one place where the UI turns refusals into messages: domain errors, Bean Validation violations
 * from the services, missing permissions and concurrent edits become messages on the page the user is
 * on, and the request counts as failed validation (dialogs stay open, nothing is lost). Anything else
 * goes on to the error page.
 */
public class DomainErrorHandler extends ExceptionHandlerWrapper {

    public DomainErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (explained(events.next().getContext().getException())) {
                events.remove();
            }
        }
        super.handle();
    }

    private static boolean explained(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof PmoException domain) {
                Messages.error(Messages.refusal(domain));
            } else if (cause instanceof ConstraintViolationException invalid) {
                Messages.violations(invalid.getConstraintViolations());
            } else if (cause instanceof EJBAccessException) {
                Messages.error(Messages.text("error.forbidden"));
            } else if (cause instanceof OptimisticLockException) {
                Messages.error(Messages.text("error.stale"));
            } else {
                continue;
            }
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainErrorHandler(getWrapped().getExceptionHandler());
        }
    }
}
