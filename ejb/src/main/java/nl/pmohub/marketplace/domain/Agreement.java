package nl.pmohub.marketplace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;
import nl.pmohub.shared.domain.RuleViolationException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ListIndexBase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An assignment agreement (overeenkomst van opdracht) between a client and one candidate of its request, mediated
 * by the platform. The client offers terms; either side may change them, which makes a new version (kept with the
 * old ones); the professional accepts the latest version, then the client does, which concludes it. Accepting
 * twice changes nothing. Only a concluded agreement creates an engagement and a fee. A platform record that
 * belongs to one client: the database shows it to that client's transactions and to the platform only (V18).
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PlatformRecord {

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "project_name", nullable = false, updatable = false, length = 160)
    private String projectName;

    @Column(name = "professional_id", nullable = false, updatable = false)
    private UUID professionalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 9)
    private AgreementStatus status;

    @Column(name = "offered_by", nullable = false, updatable = false, length = 100)
    private String offeredBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "agreement_version", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    private List<AgreementVersion> versions = new ArrayList<>();

    protected Agreement() {
    }

    /** The client's offer to a candidate of its request: version 1, accepted by nobody yet. */
    public static Agreement offer(UUID requestId, UUID projectId, String projectName, String tenant, UUID professionalId, AgreementTerms terms, String by, Instant at) {
        Agreement agreement = new Agreement();
        agreement.identify();
        agreement.clientTenant = tenant;
        agreement.requestId = requestId;
        agreement.projectId = projectId;
        agreement.projectName = projectName;
        agreement.professionalId = professionalId;
        agreement.status = AgreementStatus.OFFERED;
        agreement.offeredBy = by;
        agreement.versions.add(new AgreementVersion(tenant, terms, by, at));
        return agreement;
    }

    /**
     * Changed terms from one side: a new version, which the side that wrote it accepts by writing it (a professional's
     * counter-offer); terms that say the same as the latest version change nothing.
     */
    public void revise(AgreementTerms terms, Party party, String by, Instant at) {
        requireOffered();
        if (terms.sameAs(latest().terms())) {
            return;
        }
        AgreementVersion version = new AgreementVersion(clientTenant, terms, by, at);
        if (party == Party.PROFESSIONAL) {
            version.acceptedByProfessional(by, at);
        }
        versions.add(version);
    }

    /**
     * One side accepts version {@code number}, which must be the latest. The professional accepts first; the client's
     * acceptance of a version the professional accepted concludes the agreement. Accepting again changes nothing.
     *
     * @return whether this acceptance concluded the agreement
     */
    public boolean accept(Party party, int number, String by, Instant at) {
        if (number != latestNumber()) {
            throw new RuleViolationException("version", "marketplace.error.notLatestVersion",
                    "Version " + number + " is not the latest; read version " + latestNumber(), number, latestNumber());
        }
        AgreementVersion latest = latest();
        boolean acceptedAlready = (party == Party.CLIENT ? latest.clientAcceptance() : latest.professionalAcceptance()).isPresent();
        if (acceptedAlready) {
            return false;
        }
        requireOffered();
        if (party == Party.PROFESSIONAL) {
            latest.acceptedByProfessional(by, at);
            return false;
        }
        if (latest.professionalAcceptance().isEmpty()) {
            throw new RuleViolationException("version", "marketplace.error.professionalFirst",
                    "The professional has not accepted version " + number + " yet", number);
        }
        latest.acceptedByClient(by, at);
        status = AgreementStatus.CONCLUDED;
        concludedAt = at;
        return true;
    }

    /** The client takes its offer back before it is concluded. */
    public void withdraw(Instant at) {
        requireOffered();
        status = AgreementStatus.WITHDRAWN;
        closedAt = at;
    }

    /** The request was filled by another candidate or withdrawn: an open offer lapses. */
    public void lapse(Instant at) {
        if (status == AgreementStatus.OFFERED) {
            status = AgreementStatus.LAPSED;
            closedAt = at;
        }
    }

    private void requireOffered() {
        if (status != AgreementStatus.OFFERED) {
            throw new RuleViolationException("status", "marketplace.error.agreementClosed", "The agreement is " + status, status);
        }
    }

    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public int latestNumber() {
        return versions.size();
    }

    public String clientTenant() { return clientTenant; }
    public UUID requestId() { return requestId; }
    public UUID projectId() { return projectId; }
    public String projectName() { return projectName; }
    public UUID professionalId() { return professionalId; }
    public AgreementStatus status() { return status; }
    public String offeredBy() { return offeredBy; }
    public Instant concludedAt() { return concludedAt; }
    public Instant closedAt() { return closedAt; }
    public List<AgreementVersion> versions() { return List.copyOf(versions); }
}
