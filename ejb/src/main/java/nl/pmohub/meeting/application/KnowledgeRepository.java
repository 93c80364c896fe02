package nl.pmohub.meeting.application;

import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.util.Optional;

/** Decisions and lessons across the tenant: searched in Dutch and English (ranked), or listed newest first without a query. */
public interface KnowledgeRepository {

    /** A search lists and counts at most this many matches, the best ones: past them a user refines the query. */
    int MATCH_LIMIT = 1000;

    Page<KnowledgeHit> search(Optional<String> query, PageRequest page);
}
