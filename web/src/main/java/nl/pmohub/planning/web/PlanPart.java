package nl.pmohub.planning.web;

import jakarta.inject.Inject;
import nl.pmohub.planning.application.PlannedItem;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.shared.web.RecordForm;

import java.io.Serializable;

/**
 * What every part of the project page that plans things (milestones, deliverables, stages) does the
 * same way: its dialog plans a new one or revises one, a row is re-baselined or removed; each change
 * is checked against the service's contract first, answered with a message ({@code <kind>.saved},
 * {@code .rebaselined}, {@code .removed}) and redraws the plan. A part says only which service calls
 * those are.
 *
 * @param <S> the read model of a row
 * @param <D> the service's input
 * @param <F> the dialog's form
 */
public abstract class PlanPart<S extends PlannedItem, D, F extends RecordForm<D>> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentProject current;

    @Inject
    protected PlanView plan;

    @Inject
    transient FormValidator forms;

    protected F form;

    protected PlanPart(F emptyForm) {
        form = emptyForm;
    }

    /** The message keys' prefix: {@code milestone}, {@code deliverable}, {@code stage}. */
    protected abstract String kind();

    protected abstract S planned(D details);

    protected abstract S revised(D details);

    protected abstract void rebaselined(S item);

    protected abstract void removed(S item);

    public void save() {
        D details = form.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        S saved = form.isNew() ? planned(details) : revised(details);
        changed("saved", saved);
    }

    public void rebaseline(S item) {
        rebaselined(item);
        changed("rebaselined", item);
    }

    public void remove(S item) {
        removed(item);
        changed("removed", item);
    }

    public F getForm() {
        return form;
    }

    private void changed(String what, S item) {
        Messages.info(kind() + "." + what, item.name());
        plan.refresh();
    }
}
