package nl.pmohub.meeting.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision or lesson found by the tenant-wide search, with its project's code: the title (the decision, or what
 * happened), the text under it (the rationale, or what we learned), its day and its rank (0 when listed without a query);
 * and both as the search marked them: the words it matched marked, a long text cut to the passages around them.
 */
public record KnowledgeHit(Kind kind, UUID id, UUID projectId, String projectCode, String title, String text, LocalDate day, double rank,
                           MarkedText markedTitle, MarkedText markedText) {

    /** What was found. */
    public enum Kind { DECISION, LESSON }
}
