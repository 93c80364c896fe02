package nl.pmohub.marketplace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.marketplace.application.AgreementSummary;
import nl.pmohub.marketplace.application.AssignmentService;
import nl.pmohub.marketplace.application.EngagementSummary;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.shared.web.Messages;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A professional's agreements and engagements on their marketplace page: accept the latest version of an offer or
 * propose changed terms, read the PDF, and open the workspace of a client whose engagement runs.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient AssignmentService assignments;

    private List<AgreementSummary> agreementList;
    private List<EngagementSummary> engagementList;
    private AgreementForm terms = new AgreementForm();
    private ReviewForm review = new ReviewForm();

    public List<AgreementSummary> getAgreements() {
        if (agreementList == null) {
            agreementList = assignments.agreements();
        }
        return agreementList;
    }

    public List<EngagementSummary> getEngagements() {
        if (engagementList == null) {
            engagementList = assignments.engagements();
        }
        return engagementList;
    }

    /** Whether the professional can still accept: an open offer whose latest version they have not accepted. */
    public boolean acceptable(AgreementSummary a) {
        return a.status() == AgreementStatus.OFFERED && a.latest().professionalAcceptance().isEmpty();
    }

    public void accept(AgreementSummary a) {
        assignments.accept(a.id(), a.latestNumber());
        Messages.info("assignment.accepted", a.latestNumber());
        agreementList = null;
    }

    public void startProposal(AgreementSummary a) {
        terms = AgreementForm.change(a, a.requestTitle());
    }

    public void propose() {
        AgreementSummary proposed = assignments.propose(terms.getAgreementId(), terms.getVersion(), terms.toOffer());
        Messages.info("assignment.proposed", proposed.latestNumber());
        agreementList = null;
    }

    /** Whether the professional may review the client now. */
    public boolean reviewable(EngagementSummary e) {
        return e.professionalReview() == null && ReviewForm.due(e, LocalDate.now(clock));
    }

    public void startReview(EngagementSummary e) {
        review = ReviewForm.of(e.id(), e.clientName());
    }

    public void review() {
        assignments.review(review.getEngagementId(), review.starsGiven(), review.getText());
        Messages.info("review.saved", review.getAbout());
        engagementList = null;
    }

    public StreamedContent pdf(AgreementSummary a) {
        return Downloads.pdf(assignments.pdf(a.id()), "overeenkomst-" + a.id().toString().substring(0, 8) + "-v" + a.latestNumber() + ".pdf");
    }

    public AgreementForm getTerms() { return terms; }
    public ReviewForm getReview() { return review; }
}
