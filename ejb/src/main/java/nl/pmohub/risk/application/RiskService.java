package nl.pmohub.risk.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.risk.domain.ActionDetails;
import nl.pmohub.risk.domain.ProjectIssue;
import nl.pmohub.risk.domain.Risk;
import nl.pmohub.risk.domain.RiskAction;
import nl.pmohub.risk.domain.RiskChange;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.application.ErrorTexts;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The risk register. Everyone in the tenant reads it; project managers, the PMO and administrators raise and reassess
 * risks on open projects. Every change is kept with who made it and what it changed, so a risk's score history and the
 * register as it stood on a day can be read back. A risk that occurs becomes an issue in the issue log ({@link IssueService}).
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class RiskService {

    static final String WHAT = "Risk";
    public static final int TOP = 10;
    /** The largest CSV an import takes (about 2,000 rows). */
    public static final int MAX_IMPORT_CHARS = 2_000_000;

    @Inject
    Clock clock;

    @Inject
    RiskRepository risks;

    @Inject
    IssueRepository issues;

    @Inject
    ProjectPort projects;

    @Inject
    Validator validator;

    @Resource
    SessionContext caller;

    /** The project's register, highest score first; with a heat-map cell, only the open risks in it. */
    public List<RiskSummary> ofProject(@NotNull UUID projectId, @Min(1) @Max(5) Integer probability, @Min(1) @Max(5) Integer impact, boolean withClosed) {
        projects.requireExisting(projectId);
        return risks.ofProject(projectId, probability, impact, withClosed);
    }

    public RiskSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return risks.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public RiskSummary raise(@NotNull UUID projectId, @NotNull @Valid RiskDetails details) {
        projects.requireOpen(projectId);
        Risk risk = Risk.raise(projectId, details);
        risks.add(risk);
        risks.flush();
        risks.addChange(RiskChange.of(risk, "raised", me(), clock.instant()));
        logIfOccurred(risk);
        return stored(risk);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public RiskSummary reassess(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid RiskDetails details) {
        Risk risk = risks.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        List<String> changes = risk.reassess(details);
        if (!changes.isEmpty()) {
            risks.addChange(RiskChange.of(risk, String.join("; ", changes), me(), clock.instant()));
        }
        logIfOccurred(risk);
        return stored(risk);
    }

    public List<ActionSummary> actions(@NotNull UUID projectId, @NotNull UUID riskId) {
        get(projectId, riskId);
        return risks.actions(projectId, riskId).stream().map(ActionSummary::of).toList();
    }

    /** Plans an action of the risk's response; the history says so. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ActionSummary plan(@NotNull UUID projectId, @NotNull UUID riskId, @NotNull @Valid ActionDetails details) {
        Risk risk = risks.get(projectId, riskId);
        projects.requireOpen(projectId);
        RiskAction action = RiskAction.plan(risk, details);
        risks.addAction(action);
        risks.addChange(RiskChange.of(risk, "action planned: " + action.description(), me(), clock.instant()));
        risks.flush();
        return ActionSummary.of(action);
    }

    /** Marks an action done, or ({@code done} false) open again. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ActionSummary complete(@NotNull UUID projectId, @NotNull UUID riskId, @NotNull UUID actionId, long expectedVersion, boolean done) {
        RiskAction action = risks.action(projectId, riskId, actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        StaleVersionException.require("Action", actionId, expectedVersion, action.version());
        projects.requireOpen(projectId);
        action.done(done ? clock.instant() : null);
        risks.flush();
        return ActionSummary.of(action);
    }

    /** The project's whole register (closed ones too) as CSV, in the columns an import reads. */
    public String csv(@NotNull UUID projectId) {
        return RiskCsv.write(ofProject(projectId, null, null, true));
    }

    /**
     * Raises the risks of a CSV (the export's columns) on the project: each valid row becomes a risk, each refused one is
     * reported with its line, field and reason in {@code locale}; one bad row does not stop the others.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ImportReport importCsv(@NotNull UUID projectId, @NotNull @Size(max = MAX_IMPORT_CHARS) String csv, @NotNull Locale locale) {
        projects.requireOpen(projectId);
        List<RiskCsv.Row> rows = RiskCsv.read(csv);
        List<ImportReport.Refusal> refused = new ArrayList<>();
        int raised = 0;
        for (RiskCsv.Row row : rows) {
            List<ImportReport.Refusal> problems = new ArrayList<>();
            row.unreadable().forEach((field, value) -> problems.add(new ImportReport.Refusal(row.line(), field,
                    ErrorTexts.text(locale, "risk.error.unreadable", value))));
            validator.validate(row.details()).stream().filter(v -> !row.unreadable().containsKey(v.getPropertyPath().toString()))
                    .forEach(v -> problems.add(new ImportReport.Refusal(row.line(), v.getPropertyPath().toString(), ErrorTexts.of(v, locale))));
            if (problems.isEmpty()) {
                try {
                    Risk risk = Risk.raise(projectId, row.details());
                    risks.add(risk);
                    risks.flush();
                    risks.addChange(RiskChange.of(risk, "imported", me(), clock.instant()));
                    logIfOccurred(risk);
                    raised++;
                } catch (PmoException rule) {
                    problems.add(new ImportReport.Refusal(row.line(), rule instanceof RuleViolationException r ? r.field() : "", ErrorTexts.of(rule, locale)));
                }
            }
            problems.sort(Comparator.comparing(ImportReport.Refusal::field));
            refused.addAll(problems);
        }
        risks.flush();
        return new ImportReport(rows.size(), raised, refused);
    }

    /** Open risks per probability and impact: of the project, or ({@code projectId} null) of the whole portfolio. */
    public List<HeatCell> heatMap(UUID projectId) {
        if (projectId != null) {
            projects.requireExisting(projectId);
        }
        return risks.heatMap(projectId);
    }

    /** The tenant's open risks with the highest scores, across projects. */
    public List<RiskSummary> top(@Min(1) @Max(100) int limit) {
        return risks.top(limit);
    }

    /** Open risks whose review is overdue, across the tenant. */
    public List<RiskSummary> reviewsOverdue() {
        return risks.reviewsOverdue(LocalDate.now(clock), 100);
    }

    /** How many open risks of the tenant wait for their review (the dashboard's number; an index range of V19). */
    public long countReviewsOverdue() {
        return risks.countReviewsOverdue(LocalDate.now(clock));
    }

    public List<RiskSnapshot> history(@NotNull UUID projectId, @NotNull UUID id) {
        get(projectId, id);
        return risks.history(projectId, id);
    }

    /** The project's register at the end of {@code day} (Dutch time). */
    public List<RiskSnapshot> asOf(@NotNull UUID projectId, @NotNull LocalDate day) {
        projects.requireExisting(projectId);
        ZoneId zone = clock.getZone();
        return risks.asOf(projectId, day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A risk that occurred becomes an issue in the issue log, once (its history already says "status OPEN → OCCURRED"). */
    private void logIfOccurred(Risk risk) {
        if (risk.status() == RiskStatus.OCCURRED && !issues.existsForRisk(risk.id())) {
            issues.add(ProjectIssue.ofOccurred(risk, LocalDate.now(clock)));
        }
    }

    private RiskSummary stored(Risk risk) {
        risks.flush();
        return risks.view(risk.projectId(), risk.id()).orElseThrow(() -> new NotFoundException(WHAT, risk.id()));
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
