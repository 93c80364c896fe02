package nl.pmohub.improvement.web;

import nl.pmohub.improvement.application.CycleSummary;
import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import nl.pmohub.improvement.domain.Decision;
import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.web.RecordForm;

import java.math.BigDecimal;

/**
 * What a card's dialog edits: what the cycle sets out to do ({@link CycleDetails}) and what it found and decided
 * ({@link CycleOutcome}), and, to offer the keyboard the moves a drag makes, the phase it is in.
 */
public class CycleForm extends RecordForm<CycleDetails> {

    private static final long serialVersionUID = 1L;

    private ImprovementPhase phase = ImprovementPhase.PLAN;
    private int number = 1;
    private String title;
    private String problem;
    private String kpi;
    private BigDecimal baseline;
    private BigDecimal target;
    private String unit;
    private String owner;
    private Waste waste;
    private BigDecimal result;
    private String resultNote;
    private Decision decision;
    private String rationale;

    static CycleForm starting(String owner) {
        CycleForm form = new CycleForm();
        form.owner = owner;
        return form;
    }

    static CycleForm of(CycleSummary cycle) {
        CycleForm form = new CycleForm();
        form.editing(cycle);
        form.phase = cycle.phase();
        form.number = cycle.number();
        CycleDetails d = cycle.details();
        form.title = d.title();
        form.problem = d.problem();
        form.kpi = d.kpi();
        form.baseline = d.baseline();
        form.target = d.target();
        form.unit = d.unit();
        form.owner = d.owner();
        form.waste = d.waste();
        CycleOutcome o = cycle.outcome();
        form.result = o.result();
        form.resultNote = o.resultNote();
        form.decision = o.decision();
        form.rationale = o.rationale();
        return form;
    }

    @Override
    public CycleDetails toDetails() {
        return new CycleDetails(title, problem, kpi, baseline, target, unit, owner, waste);
    }

    public CycleOutcome toOutcome() {
        return new CycleOutcome(result, resultNote, decision, rationale);
    }

    /** The phase a step back leads to, or null in Plan and Done (Done is final). */
    public ImprovementPhase getPreviousPhase() {
        return phase == ImprovementPhase.PLAN || phase == ImprovementPhase.DONE ? null : ImprovementPhase.values()[phase.ordinal() - 1];
    }

    /** The phase a step forward leads to, or null in Done. */
    public ImprovementPhase getNextPhase() {
        return phase == ImprovementPhase.DONE ? null : ImprovementPhase.values()[phase.ordinal() + 1];
    }

    public ImprovementPhase getPhase() { return phase; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getKpi() { return kpi; }
    public void setKpi(String kpi) { this.kpi = kpi; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Waste getWaste() { return waste; }
    public void setWaste(Waste waste) { this.waste = waste; }
    public BigDecimal getResult() { return result; }
    public void setResult(BigDecimal result) { this.result = result; }
    public String getResultNote() { return resultNote; }
    public void setResultNote(String resultNote) { this.resultNote = resultNote; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
