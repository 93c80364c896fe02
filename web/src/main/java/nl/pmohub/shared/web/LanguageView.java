package nl.pmohub.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The user's language: the browser's preference among Dutch and English at first, switchable on every
 * page for the rest of the session. Validation messages follow it (Faces passes the view locale on).
 */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Locale> SUPPORTED = List.of(new Locale("nl"), Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = preferred(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and reloads the page the user is on. */
    public void switchTo(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    static Locale preferred(java.util.Iterator<Locale> requested) {
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
