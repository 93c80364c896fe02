package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of an agreement's terms, kept for good: who drew it up and when, and who accepted it on each side
 * and when. Only the latest version can be accepted; a changed term makes a new one.
 */
@Embeddable
public class AgreementVersion {

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Embedded
    private AgreementTerms terms;

    @Column(name = "drawn_up_by", nullable = false, updatable = false, length = 100)
    private String drawnUpBy;

    @Column(name = "drawn_up_at", nullable = false, updatable = false)
    private Instant drawnUpAt;

    @Column(name = "professional_accepted_by", length = 100)
    private String professionalAcceptedBy;

    @Column(name = "professional_accepted_at")
    private Instant professionalAcceptedAt;

    @Column(name = "client_accepted_by", length = 100)
    private String clientAcceptedBy;

    @Column(name = "client_accepted_at")
    private Instant clientAcceptedAt;

    protected AgreementVersion() {
    }

    AgreementVersion(String clientTenant, AgreementTerms terms, String drawnUpBy, Instant drawnUpAt) {
        this.clientTenant = clientTenant;
        this.terms = terms;
        this.drawnUpBy = drawnUpBy;
        this.drawnUpAt = drawnUpAt;
    }

    void acceptedByProfessional(String by, Instant at) {
        if (professionalAcceptedBy == null) {
            professionalAcceptedBy = by;
            professionalAcceptedAt = at;
        }
    }

    void acceptedByClient(String by, Instant at) {
        if (clientAcceptedBy == null) {
            clientAcceptedBy = by;
            clientAcceptedAt = at;
        }
    }

    public AgreementTerms terms() { return terms; }
    public String drawnUpBy() { return drawnUpBy; }
    public Instant drawnUpAt() { return drawnUpAt; }
    public Optional<Acceptance> professionalAcceptance() { return Acceptance.of(professionalAcceptedBy, professionalAcceptedAt); }
    public Optional<Acceptance> clientAcceptance() { return Acceptance.of(clientAcceptedBy, clientAcceptedAt); }

    /** Who accepted a version on one side, and when. */
    public record Acceptance(String by, Instant at) {
        static Optional<Acceptance> of(String by, Instant at) {
            return by == null ? Optional.empty() : Optional.of(new Acceptance(by, at));
        }
    }
}
