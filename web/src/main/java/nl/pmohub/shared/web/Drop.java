package nl.pmohub.shared.web;

import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * What drag.js tells a board's p:remoteCommand: the dragged item's {@code data-drag} value and the {@code data-drop} value
 * of the target it was dropped on. Both come from the browser, so the action treats them as untrusted input.
 */
public record Drop(String item, String target) {

    /** The drop of the current request; blank strings when a parameter is missing. */
    public static Drop current() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return new Drop(parameters.getOrDefault("item", ""), parameters.getOrDefault("target", ""));
    }
}
