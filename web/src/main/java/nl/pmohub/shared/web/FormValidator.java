package nl.pmohub.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;

import java.util.Locale;
import java.util.Set;

/**
 * Checks what a form produced against the service's own contract (the same constraints the API
 * enforces), in the language of the page, and shows every violation as a message naming its field.
 */
@ApplicationScoped
public class FormValidator {

    @Inject
    ValidatorFactory factory;

    /** @return true when the value may go to the service; otherwise the page shows why not */
    public boolean isValid(Object value) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        MessageInterpolator localized = new InLocale(factory.getMessageInterpolator(), locale);
        Set<ConstraintViolation<Object>> violations = factory.usingContext().messageInterpolator(localized).getValidator().validate(value);
        if (violations.isEmpty()) {
            return true;
        }
        Messages.violations(violations);
        return false;
    }

    private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
