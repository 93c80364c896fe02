package nl.pmohub.marketplace.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.marketplace.application.AgreementService;
import nl.pmohub.marketplace.application.AgreementSummary;
import nl.pmohub.marketplace.application.Candidate;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.application.RequestService;
import nl.pmohub.marketplace.application.RequestSummary;
import nl.pmohub.marketplace.application.ScoreParts;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client's marketplace page ({@code /t/{tenant}/marketplace.xhtml}): the organisation's requests, a dialog
 * to submit one, and the shortlist of the chosen request with each candidate's score drawn as a bar of its parts.
 */
@Named
@ViewScoped
public class MarketplaceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One part of a score bar: what it is, its points, its maximum and its width in percent of the bar. */
    public record Segment(String part, BigDecimal points, int maximum, BigDecimal width) {
    }

    @Inject
    Clock clock;

    @Inject
    transient RequestService requests;

    @Inject
    transient Places places;

    @Inject
    transient AgreementService agreements;

    @Inject
    transient ProjectPort projects;

    @Inject
    transient ExternalContext externalContext;

    private List<RequestSummary> list;
    private UUID selectedId;
    private List<Candidate> shortlist;
    private RequestForm form = new RequestForm();
    private AgreementForm terms = new AgreementForm();

    public List<RequestSummary> getRequests() {
        if (list == null) {
            list = requests.list();
            if (selectedId == null) {
                list.stream().filter(r -> r.status() == RequestStatus.OPEN).findFirst().ifPresent(r -> selectedId = r.id());
            }
        }
        return list;
    }

    public RequestSummary getSelected() {
        return getRequests().stream().filter(r -> r.id().equals(selectedId)).findFirst().orElse(null);
    }

    public void select(RequestSummary request) {
        selectedId = request.id();
        shortlist = null;
    }

    public List<Candidate> getShortlist() {
        if (shortlist == null) {
            shortlist = selectedId == null ? List.of() : requests.shortlist(selectedId);
        }
        return shortlist;
    }

    /** A candidate's score as the bar draws it, part by part (of 100). */
    public List<Segment> segments(Candidate candidate) {
        ScoreParts s = candidate.score();
        return List.of(segment("skills", s.skills(), 40), segment("level", s.level(), 10), segment("availability", s.availability(), 15),
                segment("distance", s.distance(), 15), segment("rate", s.rate(), 10), segment("rating", s.rating(), 10));
    }

    private static Segment segment(String part, BigDecimal points, int maximum) {
        return new Segment(part, points, maximum, points.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP));
    }

    /** The bar in words, for screen readers and the tooltip. */
    public String explanation(Candidate candidate) {
        StringBuilder text = new StringBuilder(Messages.text("market.score.total", candidate.score().total())).append(": ");
        for (Segment segment : segments(candidate)) {
            text.append(Messages.text("market.score." + segment.part())).append(' ').append(segment.points()).append('/').append(segment.maximum()).append(", ");
        }
        return text.substring(0, text.length() - 2);
    }

    /** Hours from submitting the selected request to its shortlist. */
    public long getHoursToShortlist() {
        RequestSummary request = getSelected();
        return Duration.between(request.submittedAt(), request.shortlistReachedAt()).toHours();
    }

    /** Hours left of the selected request's 48 (0 once passed). */
    public long getHoursLeft() {
        return Math.max(0, Duration.between(clock.instant(), getSelected().promiseDeadline()).toHours());
    }

    public void startNew() {
        form = RequestForm.startingOn(LocalDate.now(clock).plusWeeks(2));
    }

    public void submit() {
        Integer placeId = null;
        if (!form.isRemote() && form.getPlace() != null && !form.getPlace().isBlank()) {
            placeId = PlaceNames.resolve(places, form.getPlace()).map(Place::id).orElseThrow(() -> new RuleViolationException("placeId",
                    "marketplace.error.unknownPlace", "No Dutch place " + form.getPlace(), form.getPlace()));
        }
        RequestSummary submitted = requests.submit(form.getProjectId(), form.toDetails(placeId));
        Messages.info("market.submitted", submitted.details().title());
        list = null;
        selectedId = submitted.id();
        shortlist = null;
    }

    public void withdraw() {
        RequestSummary request = getSelected();
        requests.withdraw(request.id(), request.version());
        Messages.info("market.withdrawn", request.details().title());
        list = null;
        shortlist = null;
    }

    /** Opens the terms dialog for a candidate of the selected request: their rate, the request's hours and period. */
    public void startOffer(Candidate candidate) {
        RequestDetails d = getSelected().details();
        LocalDate start = d.startDate().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : d.startDate();
        terms = AgreementForm.offer(candidate.professionalId(), candidate.name(), candidate.hourlyRate(), d.hoursPerWeek(), start, d.durationWeeks());
    }

    public void offer() {
        AgreementSummary offered = agreements.offer(selectedId, terms.getProfessionalId(), terms.toOffer());
        Messages.info("agreement.offered", offered.professionalName());
    }

    public List<String> completePlace(String typed) {
        return PlaceNames.complete(places, typed);
    }

    public boolean isRequester() {
        return externalContext.isUserInRole(Roles.PM) || externalContext.isUserInRole(Roles.TENANT_ADMIN);
    }

    public List<ProjectSummary> getProjects() {
        return projects.active();
    }

    public RequestForm getForm() { return form; }
    public AgreementForm getTerms() { return terms; }
    public PmoLevel[] getLevels() { return PmoLevel.values(); }
    public Skill[] getSkills() { return Skill.values(); }
    public SkillDepth[] getDepths() { return SkillDepth.values(); }
    public BigDecimal getHundred() { return HUNDRED; }
}
