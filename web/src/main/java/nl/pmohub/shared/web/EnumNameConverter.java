package nl.pmohub.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

/**
 * An enum constant by its name, for inputs whose value type Faces cannot infer (an element of a list, a value in
 * a map); empty is null. Subclasses name the enum and register themselves with {@code @FacesConverter("…")}.
 */
public abstract class EnumNameConverter<E extends Enum<E>> implements Converter<E> {

    private final Class<E> type;

    protected EnumNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, E value) {
        return value == null ? "" : value.name();
    }
}
