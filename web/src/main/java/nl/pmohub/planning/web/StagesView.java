package nl.pmohub.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.GateSummary;
import nl.pmohub.planning.application.StageService;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDecisionDetails;
import nl.pmohub.planning.domain.GateDocumentKind;
import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageKind;
import nl.pmohub.planning.domain.ToleranceBreach;
import nl.pmohub.shared.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The Prince2 part of the project page: the stage dialog, the gate dialog and a recorded gate's details. */
@Named
@ViewScoped
public class StagesView extends PlanPart<StageSummary, StageDetails, StageForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient StageService stages;

    private GateForm gateForm = new GateForm();
    private StageSummary gateStage;
    private GateSummary shownGate;

    public StagesView() {
        super(new StageForm());
    }

    @Override
    protected String kind() {
        return "stage";
    }

    @Override
    protected StageSummary planned(StageDetails details) {
        return stages.plan(current.getId(), details);
    }

    @Override
    protected StageSummary revised(StageDetails details) {
        return stages.revise(current.getId(), form.getId(), form.getVersion(), details);
    }

    @Override
    protected void rebaselined(StageSummary item) {
        stages.rebaseline(current.getId(), item.id(), item.version());
    }

    @Override
    protected void removed(StageSummary item) {
        stages.remove(current.getId(), item.id(), item.version());
    }

    public void startNew() {
        List<StageSummary> existing = plan.getStages();
        LocalDate start = existing.isEmpty() ? current.getDetails().startDate()
                : existing.get(existing.size() - 1).endDate().plusDays(1);
        form = StageForm.startingOn(start, existing.isEmpty() ? StageKind.INITIATION : StageKind.DELIVERY);
    }

    public void edit(StageSummary stage) {
        form = StageForm.of(stage);
    }

    public void startGate(StageSummary stage) {
        gateStage = stage;
        gateForm = GateForm.proposing(LocalDate.now(clock), Messages.text("gate.proposedReport", stage.name()), Messages.text("gate.proposedRisks"),
                Messages.text("gate.proposedBudget"));
    }

    public void decide() {
        GateDecisionDetails details = gateForm.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        stages.decide(current.getId(), gateStage.id(), gateStage.version(), details);
        Messages.info("gate.recorded", gateStage.name(), Messages.text("decision." + details.decision()));
        current.reload();
        plan.refresh();
    }

    public void showGate(StageSummary stage) {
        shownGate = stages.gate(current.getId(), stage.id());
    }

    public Set<ToleranceBreach> breaches(StageSummary stage) {
        return stage.breaches(LocalDate.now(clock));
    }

    public StageKind[] getKinds() { return StageKind.values(); }
    public GateDecision[] getDecisions() { return GateDecision.values(); }
    public GateDocumentKind[] getDocumentKinds() { return GateDocumentKind.values(); }
    public GateForm getGateForm() { return gateForm; }
    public StageSummary getGateStage() { return gateStage; }
    public GateSummary getShownGate() { return shownGate; }
}
