package nl.pmohub.marketplace.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import org.hibernate.annotations.BatchSize;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A client's request for an interim PMO professional on one of its projects. Ranked the moment it is submitted;
 * withdrawn or never agreed, it costs nothing. Rules it keeps itself: a place and distance unless remote, each
 * skill named once, at least one required skill, a start not before the day it is submitted.
 */
@Entity
@Table(name = "marketplace_request")
public class MarketplaceRequest extends ProjectRecord {

    @Embedded
    private RequestTerms terms;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 9)
    private RequestStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<RequestSkill> skills = new ArrayList<>();

    protected MarketplaceRequest() {
    }

    public static MarketplaceRequest submit(UUID projectId, RequestDetails details, String by, Instant at, LocalDate today) {
        if (details.startDate().isBefore(today)) {
            throw new RuleViolationException("startDate", "marketplace.error.startPassed", "The start " + details.startDate() + " has passed",
                    details.startDate());
        }
        if (!details.remote() && (details.placeId() == null || details.maxDistanceKm() == null)) {
            throw new RuleViolationException(details.placeId() == null ? "placeId" : "maxDistanceKm", "marketplace.error.whereMissing",
                    "A request on site names a place and the farthest distance");
        }
        Set<Skill> named = new HashSet<>();
        for (SkillNeed need : details.skills()) {
            if (!named.add(need.skill())) {
                throw new RuleViolationException("skills", "marketplace.error.skillTwice", "Skill named twice: " + need.skill(), need.skill());
            }
        }
        if (details.skills().stream().noneMatch(SkillNeed::required)) {
            throw new RuleViolationException("skills", "marketplace.error.noRequiredSkill", "Name at least one required skill");
        }
        MarketplaceRequest request = new MarketplaceRequest();
        request.identify(projectId);
        request.terms = RequestTerms.of(details);
        request.status = RequestStatus.OPEN;
        request.submittedAt = at;
        request.createdBy = Objects.requireNonNull(by);
        details.skills().forEach(need -> request.skills.add(RequestSkill.of(request, need)));
        return request;
    }

    /** The client takes the request back: it costs nothing and is no longer offered. */
    public void withdraw(Instant at) {
        if (status != RequestStatus.OPEN) {
            throw new RuleViolationException("status", "marketplace.error.notOpen", "The request is " + status, status);
        }
        status = RequestStatus.WITHDRAWN;
        closedAt = at;
    }

    /** An agreement with one of its candidates was concluded: the request is filled and no longer offered. */
    public void fill(Instant at) {
        if (status != RequestStatus.OPEN) {
            throw new RuleViolationException("status", "marketplace.error.notOpen", "The request is " + status, status);
        }
        status = RequestStatus.FILLED;
        closedAt = at;
    }

    public RequestDetails details() {
        return terms.with(skills.stream().map(RequestSkill::need).toList());
    }

    public RequestTerms terms() { return terms; }
    public RequestStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public Instant closedAt() { return closedAt; }
    public String createdBy() { return createdBy; }
}
