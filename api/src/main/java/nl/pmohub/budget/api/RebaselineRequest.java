package nl.pmohub.budget.api;

import nl.pmohub.budget.application.Rebaseline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the budget is baselined (again). */
@Schema(name = "RebaselineRequest")
public record RebaselineRequest(@Schema(required = true, maxLength = 500, example = "Wijzigingsverzoek 3 goedgekeurd door de stuurgroep") String reason) {

    Rebaseline toRebaseline() {
        return new Rebaseline(reason);
    }
}
