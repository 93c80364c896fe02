package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues the fee statements of months that ended, client by client: each in the client's own tenant (its approved
 * hours are its data) and own transaction. Run nightly by a timer and on an operator's request; issuing twice
 * issues nothing new, so it needs no caller role (it returns nothing of anyone's data).
 */
@Stateless
@PermitAll
public class FeeStatementIssuer {

    /** Engagements that ended longer ago than this have all their statements (the nightly run catches up on three months). */
    static final int CATCH_UP_MONTHS = 3;

    @Inject
    EngagementRepository engagements;

    @Inject
    EngagementSheets sheets;

    @Inject
    FeeStatements fees;

    @Inject
    CurrentTenant tenant;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Every client's statements due; answers how many were issued. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int issueAll() {
        FeeStatementIssuer self = context.getBusinessObject(FeeStatementIssuer.class);
        return engagements.clientsRunningSince(since()).stream().mapToInt(client -> tenant.callAs(client, self::issueForCurrentTenant)).sum();
    }

    /** The current client's statements due, in the caller's transaction or (from {@link #issueAll}) a new one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int issueForCurrentTenant() {
        List<Engagement> running = engagements.runningSince(since());
        var issued = sheets.issuedOf(running);
        int made = running.stream().mapToInt(e -> fees.issueDue(e, issued.getOrDefault(e.id(), List.of()))).sum();
        engagements.flush();
        return made;
    }

    private LocalDate since() {
        return LocalDate.now(clock).minusMonths(CATCH_UP_MONTHS).withDayOfMonth(1);
    }
}
