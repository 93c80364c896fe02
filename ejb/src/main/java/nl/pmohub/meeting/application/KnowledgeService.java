package nl.pmohub.meeting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.util.Optional;

/**
 * The organisation's memory: decisions and lessons of every project of the tenant, searched in Dutch and English at
 * once (word forms count: "vergunningen" finds "vergunning", "suppliers" finds "supplier"), best matches first, paged
 * in the database. Without a query it lists them newest first.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class KnowledgeService {

    @Inject
    KnowledgeRepository knowledge;

    public Page<KnowledgeHit> search(@Size(max = 200) String query, @NotNull @Valid PageRequest page) {
        return knowledge.search(Optional.ofNullable(query).map(String::strip).filter(q -> !q.isEmpty()), page);
    }
}
