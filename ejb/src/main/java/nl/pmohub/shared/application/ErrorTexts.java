package nl.pmohub.shared.application;

import jakarta.validation.ConstraintViolation;
import nl.pmohub.shared.domain.PmoException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of refusals in Dutch or English ({@code nl.pmohub.shared.errors}): what a {@link PmoException}
 * means for a person, and the API's problem details. The UI and the API read the same bundle, so a
 * refusal is worded the same on a page and in a problem+json answer; the English message inside the
 * exception is for the log only.
 */
public final class ErrorTexts {

    static final String BUNDLE = "nl.pmohub.shared.errors";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String VALIDATION_BUNDLE = "ValidationMessages";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{([A-Za-z0-9._]+)}");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorTexts() {
    }

    /** Dutch or English, whichever comes first in the caller's preferences (Accept-Language); English otherwise. */
    public static Locale language(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(language -> language.equals("nl") || language.equals("en"))
                .findFirst().map(language -> language.equals("nl") ? DUTCH : Locale.ENGLISH).orElse(Locale.ENGLISH);
    }

    /** The text of {@code key} in the language of {@code locale} (English unless Dutch), filled with the arguments. */
    public static Optional<String> find(Locale locale, String key, Object... arguments) {
        Locale language = isDutch(locale) ? DUTCH : Locale.ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, ErrorTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
            return Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** {@link #find} or, for a key nobody wrote a text for, the key itself (visible, and found by the bundle test). */
    public static String text(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElse(key);
    }

    public static String of(PmoException refusal, Locale locale) {
        return find(locale, refusal.messageKey(), refusal.arguments()).orElse(refusal.getMessage());
    }

    /**
     * A Bean Validation violation in the given language: its template ({@code {jakarta.validation.constraints.Size.message}})
     * looked up in this module's {@code ValidationMessages} and filled with the constraint's attributes. The
     * services validate in the server's language; an API answer follows the client's. A template this module
     * words no text for keeps the validator's own message.
     */
    public static String of(ConstraintViolation<?> violation, Locale locale) {
        Matcher key = TEMPLATE_KEY.matcher(violation.getMessageTemplate());
        if (!key.matches()) {
            return violation.getMessage();
        }
        Locale language = isDutch(locale) ? DUTCH : Locale.ROOT;
        try {
            String text = ResourceBundle.getBundle(VALIDATION_BUNDLE, language, ErrorTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key.group(1));
            Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
            return ATTRIBUTE.matcher(text).replaceAll(attribute -> Matcher.quoteReplacement(
                    String.valueOf(attributes.getOrDefault(attribute.group(1), attribute.group()))));
        } catch (MissingResourceException notWorded) {
            return violation.getMessage();
        }
    }

    private static boolean isDutch(Locale locale) {
        return DUTCH.getLanguage().equals(locale.getLanguage());
    }
}
