package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.domain.Place;

import java.util.List;
import java.util.Optional;

/** Places as a person picks them in a form: "Name (Province)", completed from the first letters and looked up again on save. */
final class PlaceNames {

    static final int SUGGESTIONS = 12;

    private PlaceNames() {
    }

    static String label(Place place) {
        return place.name() + " (" + place.province() + ")";
    }

    static List<String> complete(Places places, String typed) {
        return places.named(typed == null ? "" : typed, SUGGESTIONS).stream().map(PlaceNames::label).toList();
    }

    /** The place a label (or a bare name, the largest of that name) stands for. */
    static Optional<Place> resolve(Places places, String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String name = label.contains(" (") ? label.substring(0, label.lastIndexOf(" (")) : label.strip();
        List<Place> named = places.named(name, 50).stream().filter(p -> p.name().equalsIgnoreCase(name)).toList();
        return named.stream().filter(p -> label(p).equalsIgnoreCase(label.strip())).findFirst().or(() -> named.stream().findFirst());
    }
}
