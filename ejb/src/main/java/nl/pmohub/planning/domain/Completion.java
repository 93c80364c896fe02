package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;

/** Progress of a milestone or deliverable: 100 % complete means done ({@code today}, unless a date is given), and only then. */
final class Completion {

    private Completion() {
    }

    static LocalDate doneOn(int percentComplete, LocalDate given, String field, LocalDate today) {
        if (given != null && percentComplete != 100) {
            throw new RuleViolationException(field, "planning.error.doneIncomplete", "Only work that is 100% complete has a date of completion");
        }
        return given == null && percentComplete == 100 ? today : given;
    }

    static String owner(String owner) {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }
}
