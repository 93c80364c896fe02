package nl.pmohub.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import nl.pmohub.shared.application.ErrorTexts;
import nl.pmohub.shared.domain.PmoException;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Texts in the view's language, and messages built from them: the UI bundle ({@code nl.pmohub.web.messages})
 * and, for refusals, the bundle the API answers from too ({@link ErrorTexts}).
 */
public final class Messages {

    static final String BUNDLE = "nl.pmohub.web.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException notAPageText) {
            return ErrorTexts.text(locale, key, arguments);
        }
    }

    /** A day as the view's language writes it in medium length ("3 dec. 2026", "3 Dec 2026"), for chart labels. */
    public static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** A domain refusal in the view's language. */
    public static String refusal(PmoException refusal) {
        return ErrorTexts.of(refusal, locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** One message per violation, "Field: what is wrong", the field named by its label in the bundle. */
    public static void violations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            error(field == null ? violation.getMessage() : text("field." + field) + ": " + violation.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
