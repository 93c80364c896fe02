package nl.pmohub.risk.application;

import java.util.List;

/** What an import did: how many rows were read and raised, and each refusal with its line, field and reason. */
public record ImportReport(int rows, int raised, List<Refusal> refused) {

    /** One refused value of one row ({@code field} empty when the rule concerns the row as a whole). */
    public record Refusal(int line, String field, String reason) {
    }
}
