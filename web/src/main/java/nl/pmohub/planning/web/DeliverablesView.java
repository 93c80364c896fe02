package nl.pmohub.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.DeliverableService;
import nl.pmohub.planning.application.DeliverableSummary;
import nl.pmohub.planning.domain.DeliverableDetails;
import nl.pmohub.shared.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deliverables of the project page: the dialog, and the finish-to-start dependencies of one deliverable. */
@Named
@ViewScoped
public class DeliverablesView extends PlanPart<DeliverableSummary, DeliverableDetails, DeliverableForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient DeliverableService deliverables;

    private UUID predecessorId;

    public DeliverablesView() {
        super(new DeliverableForm());
    }

    @Override
    protected String kind() {
        return "deliverable";
    }

    @Override
    protected DeliverableSummary planned(DeliverableDetails details) {
        return deliverables.plan(current.getId(), details);
    }

    @Override
    protected DeliverableSummary revised(DeliverableDetails details) {
        return deliverables.revise(current.getId(), form.getId(), form.getVersion(), details);
    }

    @Override
    protected void rebaselined(DeliverableSummary item) {
        deliverables.rebaseline(current.getId(), item.id(), item.version());
    }

    @Override
    protected void removed(DeliverableSummary item) {
        deliverables.remove(current.getId(), item.id(), item.version());
    }

    public void startNew() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = current.getDetails().startDate();
        form = DeliverableForm.startingOn(today.isBefore(start) ? start : today, current.getDetails().manager());
    }

    public void edit(DeliverableSummary deliverable) {
        form = DeliverableForm.of(deliverable);
        predecessorId = null;
    }

    /** Adds the chosen predecessor to the deliverable open in the dialog. */
    public void link() {
        if (predecessorId == null) {
            return;
        }
        DeliverableSummary linked = deliverables.link(current.getId(), form.getId(), predecessorId);
        Messages.info("dependency.added", name(predecessorId), linked.name());
        predecessorId = null;
        plan.refresh();
    }

    public void unlink(UUID predecessor) {
        deliverables.unlink(current.getId(), form.getId(), predecessor);
        Messages.info("dependency.removed", name(predecessor), form.getName());
        plan.refresh();
    }

    /** Predecessors of the deliverable in the dialog, as the list now reads them. */
    public List<UUID> getPredecessors() {
        return plan.getDeliverables().stream().filter(d -> d.id().equals(form.getId())).findFirst()
                .map(DeliverableSummary::predecessorIds).orElse(List.of());
    }

    /** Deliverables that could precede the one in the dialog (the service still refuses cycles). */
    public List<DeliverableSummary> getCandidates() {
        List<UUID> already = getPredecessors();
        return plan.getDeliverables().stream().filter(d -> !d.id().equals(form.getId()) && !already.contains(d.id())).toList();
    }

    public String name(UUID deliverableId) {
        return plan.getDeliverables().stream().filter(d -> d.id().equals(deliverableId)).map(DeliverableSummary::name)
                .findFirst().orElse("");
    }

    public UUID getPredecessorId() { return predecessorId; }
    public void setPredecessorId(UUID predecessorId) { this.predecessorId = predecessorId; }
}
