package nl.pmohub.meeting.application;

import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.util.Optional;

/** Decisions and lessons across the tenant: searched in Dutch and English (ranked), or listed newest first without a query. */
public interface KnowledgeRepository {

    Page<KnowledgeHit> search(Optional<String> query, PageRequest page);
}
