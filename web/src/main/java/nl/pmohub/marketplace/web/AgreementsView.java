package nl.pmohub.marketplace.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.pmohub.marketplace.application.AgreementService;
import nl.pmohub.marketplace.application.AgreementSummary;
import nl.pmohub.marketplace.application.ClientContractService;
import nl.pmohub.marketplace.application.ClientContractSummary;
import nl.pmohub.marketplace.application.EngagementService;
import nl.pmohub.marketplace.application.EngagementSummary;
import nl.pmohub.marketplace.application.FeeLine;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.web.Messages;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The client's agreements and engagements ({@code /t/{tenant}/agreements.xhtml}): offers going back and forth with
 * the candidates, the one to conclude, the engagements running, and the platform's fee per month as a chart and a table.
 */
@Named
@ViewScoped
public class AgreementsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ISSUED_COLOUR = "#0b4f6c";
    private static final String RUNNING_COLOUR = "#9fc5d6";

    /** One month of one engagement's fee, for the statements table. */
    public record FeeRow(EngagementSummary engagement, FeeLine line) {
    }

    @Inject
    Clock clock;

    @Inject
    transient AgreementService agreements;

    @Inject
    transient EngagementService engagements;

    @Inject
    transient ClientContractService contracts;

    @Inject
    transient ExternalContext externalContext;

    private List<AgreementSummary> agreementList;
    private List<EngagementSummary> engagementList;
    private ClientContractSummary contract;
    private AgreementForm terms = new AgreementForm();
    private ReviewForm review = new ReviewForm();
    private UUID ending;
    /** The version of the engagement as the user saw it when opening the dialog. */
    private long endingVersion;
    private LocalDate lastDay;
    private String endReason;

    public List<AgreementSummary> getAgreements() {
        if (agreementList == null) {
            agreementList = agreements.list();
        }
        return agreementList;
    }

    public List<EngagementSummary> getEngagements() {
        if (engagementList == null) {
            engagementList = engagements.list();
        }
        return engagementList;
    }

    public ClientContractSummary getContract() {
        if (contract == null) {
            contract = contracts.mine();
        }
        return contract;
    }

    /** Whether the client may accept now: the professional accepted the latest version of an open offer. */
    public boolean acceptable(AgreementSummary a) {
        return a.status() == AgreementStatus.OFFERED && a.latest().professionalAcceptance().isPresent();
    }

    public void accept(AgreementSummary a) {
        AgreementSummary accepted = agreements.accept(a.id(), a.latestNumber());
        Messages.info(accepted.status() == AgreementStatus.CONCLUDED ? "agreement.concluded" : "agreement.accepted", accepted.professionalName());
        refresh();
    }

    public void withdraw(AgreementSummary a) {
        agreements.withdraw(a.id(), a.version());
        Messages.info("agreement.withdrawn", a.professionalName());
        refresh();
    }

    public void startChange(AgreementSummary a) {
        terms = AgreementForm.change(a, a.professionalName());
    }

    public void change() {
        AgreementSummary changed = agreements.revise(terms.getAgreementId(), terms.getVersion(), terms.toOffer());
        Messages.info("agreement.changed", changed.latestNumber());
        refresh();
    }

    public StreamedContent pdf(AgreementSummary a) {
        return Downloads.pdf(agreements.pdf(a.id()), "overeenkomst-" + a.id().toString().substring(0, 8) + "-v" + a.latestNumber() + ".pdf");
    }

    public void startEnd(EngagementSummary e) {
        ending = e.id();
        endingVersion = e.version();
        lastDay = LocalDate.now(clock).minusDays(1).isBefore(e.startDate()) ? e.startDate().minusDays(1) : LocalDate.now(clock);
        endReason = null;
    }

    public void end() {
        EngagementSummary ended = engagements.end(ending, endingVersion, lastDay, endReason);
        Messages.info("engagement.ended", ended.professionalName(), ended.lastDay());
        refresh();
    }

    /** Whether the client may review the professional now. */
    public boolean reviewable(EngagementSummary e) {
        return isRequester() && e.clientReview() == null && ReviewForm.due(e, LocalDate.now(clock));
    }

    public void startReview(EngagementSummary e) {
        review = ReviewForm.of(e.id(), e.professionalName());
    }

    public void review() {
        engagements.review(review.getEngagementId(), review.starsGiven(), review.getText());
        Messages.info("review.saved", review.getAbout());
        engagementList = null;
    }

    /** Every engagement's fee months, latest month first. */
    public List<FeeRow> getFeeRows() {
        return getEngagements().stream().flatMap(e -> e.fees().stream().map(line -> new FeeRow(e, line)))
                .sorted((a, b) -> b.line().month().compareTo(a.line().month())).toList();
    }

    /** Chart.js configuration: the fee (excluding VAT) per month over all engagements, issued statements and the running month. */
    public String getFeeChart() {
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        for (FeeRow row : getFeeRows()) {
            BigDecimal[] sums = months.computeIfAbsent(row.line().month(), m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int slot = row.line().issued() ? 0 : 1;
            sums[slot] = sums[slot].add(row.line().fee().fee());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder issued = Json.createArrayBuilder();
        JsonArrayBuilder running = Json.createArrayBuilder();
        months.forEach((month, sums) -> {
            labels.add(month.toString());
            issued.add(sums[0]);
            running.add(sums[1]);
        });
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("fee.issued")).add("data", issued).add("backgroundColor", ISSUED_COLOUR))
                        .add(Json.createObjectBuilder().add("label", Messages.text("fee.running")).add("data", running).add("backgroundColor", RUNNING_COLOUR))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", Json.createObjectBuilder().add("stacked", true)
                                .add("beginAtZero", true).add("title", Json.createObjectBuilder().add("display", true).add("text", Messages.text("fee.chart.euros")))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The chart in words, for screen readers. */
    public String getFeeChartText() {
        BigDecimal total = getFeeRows().stream().map(r -> r.line().fee().fee()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Messages.text("fee.chart.text", getFeeRows().size(), total);
    }

    public boolean isRequester() {
        return externalContext.isUserInRole(Roles.PM) || externalContext.isUserInRole(Roles.TENANT_ADMIN);
    }

    private void refresh() {
        agreementList = null;
        engagementList = null;
    }

    public AgreementForm getTerms() { return terms; }
    public ReviewForm getReview() { return review; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
}
