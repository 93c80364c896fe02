package nl.pmohub.stakeholder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Drop;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.shared.web.Spreadsheet;
import nl.pmohub.stakeholder.application.RaciMatrix;
import nl.pmohub.stakeholder.application.RaciService;
import nl.pmohub.stakeholder.application.StakeholderService;
import nl.pmohub.stakeholder.application.StakeholderSummary;
import nl.pmohub.stakeholder.domain.Attitude;
import nl.pmohub.stakeholder.domain.EngagementLevel;
import nl.pmohub.stakeholder.domain.Quadrant;
import nl.pmohub.stakeholder.domain.RaciRole;
import nl.pmohub.stakeholder.domain.StakeholderGroup;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stakeholder part of the project page: the power/interest grid (a stakeholder dragged to another cell gets that
 * cell's power and interest), the register with its dialog (the keyboard's way to the same change), and the RACI matrix,
 * edited in place and saved row by row as of the rows the user saw.
 */
@Named
@ViewScoped
public class StakeholdersView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Grid rows from top to bottom (power 5 first) and columns from left to right. */
    private static final List<Integer> POWER = List.of(5, 4, 3, 2, 1);
    private static final List<Integer> INTEREST = List.of(1, 2, 3, 4, 5);
    /** A grid cell as drag.js names it: {@code power-interest}. */
    private static final Pattern CELL = Pattern.compile("([1-5])-([1-5])");

    @Inject
    transient StakeholderService stakeholders;

    @Inject
    transient RaciService raci;

    @Inject
    CurrentProject current;

    private List<StakeholderSummary> list;
    private StakeholderForm form = new StakeholderForm();
    private RaciMatrix matrix;
    /** The matrix as edited: role letter ("" for none) by stakeholder, by deliverable. */
    private Map<UUID, Map<UUID, String>> roles;

    public List<StakeholderSummary> getList() {
        if (list == null) {
            list = stakeholders.ofProject(current.getId());
        }
        return list;
    }

    /** The stakeholders in one cell of the grid. */
    public List<StakeholderSummary> inCell(int power, int interest) {
        return getList().stream().filter(s -> s.details().power() == power && s.details().interest() == interest).toList();
    }

    public String quadrant(int power, int interest) {
        return Quadrant.of(power, interest).name();
    }

    /** A stakeholder dropped on a grid cell (drag.js): moved there, as of the version on the screen. */
    public void move() {
        Drop drop = Drop.current();
        Matcher cell = CELL.matcher(drop.target());
        Optional<StakeholderSummary> dragged = getList().stream().filter(s -> s.id().toString().equals(drop.item())).findFirst();
        if (!cell.matches() || dragged.isEmpty()) {
            return;   // not a cell, or not a stakeholder of this map: nothing to move
        }
        StakeholderSummary s = dragged.get();
        int power = Integer.parseInt(cell.group(1));
        int interest = Integer.parseInt(cell.group(2));
        if (s.details().power() == power && s.details().interest() == interest) {
            return;
        }
        try {
            StakeholderSummary moved = stakeholders.place(current.getId(), s.id(), s.version(), power, interest);
            Messages.info("stakeholders.moved", moved.name(), power, interest, Messages.text("stakeholders.quadrant." + moved.quadrant()));
        } finally {
            list = null;   // the matrix stays as the user sees it: a move changes no name or role
        }
    }

    public void startNew() {
        form = new StakeholderForm();
    }

    public void edit(StakeholderSummary stakeholder) {
        form = StakeholderForm.of(stakeholder);
    }

    public void save() {
        StakeholderSummary saved = form.isNew()
                ? stakeholders.add(current.getId(), form.toDetails())
                : stakeholders.revise(current.getId(), form.getId(), form.getVersion(), form.toDetails());
        Messages.info("stakeholders.saved", saved.name(), Messages.text("stakeholders.quadrant." + saved.quadrant()));
        reload();
    }

    public void remove(StakeholderSummary stakeholder) {
        stakeholders.remove(current.getId(), stakeholder.id(), stakeholder.version());
        Messages.info("stakeholders.removed", stakeholder.name());
        reload();
    }

    public RaciMatrix getMatrix() {
        if (matrix == null) {
            matrix = raci.matrix(current.getId());
            roles = new HashMap<>();
            matrix.rows().forEach(row -> {
                Map<UUID, String> cells = new HashMap<>();
                matrix.stakeholders().forEach(c -> cells.put(c.id(), Optional.ofNullable(row.role(c.id())).map(Enum::name).orElse("")));
                roles.put(row.deliverableId(), cells);
            });
        }
        return matrix;
    }

    /** The edited roles, for the matrix's menus: {@code roles[deliverable][stakeholder]}. */
    public Map<UUID, Map<UUID, String>> getRoles() {
        getMatrix();
        return roles;
    }

    /** Saves the rows the user changed, together: a row without exactly one Accountable refuses them all and keeps the edits. */
    public void saveRaci() {
        List<RaciService.RowChange> changes = new ArrayList<>();
        for (RaciMatrix.Row row : getMatrix().rows()) {
            Map<UUID, RaciRole> edited = new HashMap<>();
            roles.get(row.deliverableId()).forEach((stakeholder, role) -> {
                if (role != null && !role.isEmpty()) {
                    edited.put(stakeholder, RaciRole.valueOf(role));
                }
            });
            if (!edited.equals(row.roles())) {
                changes.add(new RaciService.RowChange(row.deliverableId(), row.tag(), edited));
            }
        }
        raci.saveRows(current.getId(), changes);
        Messages.info("raci.saved", changes.size());
        matrix = null;
    }

    /** The matrix as stored, as an Excel sheet: deliverables down, stakeholders across, a letter in each assigned cell. */
    public StreamedContent raciWorkbook() {
        RaciMatrix stored = raci.matrix(current.getId());
        List<String> header = new ArrayList<>(List.of(Messages.text("raci.deliverable")));
        stored.stakeholders().forEach(c -> header.add(c.name()));
        List<List<Object>> rows = stored.rows().stream().map(row -> {
            List<Object> cells = new ArrayList<>(List.of(row.deliverable()));
            stored.stakeholders().forEach(c -> cells.add(Optional.ofNullable(row.role(c.id())).map(Enum::name).orElse("")));
            return cells;
        }).toList();
        return Spreadsheet.download("raci-" + current.getDetails().code() + ".xlsx", Spreadsheet.xlsx("RACI", header, rows, 40, 16));
    }

    private void reload() {
        list = null;
        matrix = null;
    }

    public StakeholderForm getForm() { return form; }
    public List<Integer> getPowerLevels() { return POWER; }
    public List<Integer> getInterestLevels() { return INTEREST; }
    public List<Integer> getLevels() { return INTEREST; }
    public RaciRole[] getRaciRoles() { return RaciRole.values(); }
    public StakeholderGroup[] getGroups() { return StakeholderGroup.values(); }
    public Attitude[] getAttitudes() { return Attitude.values(); }
    public EngagementLevel[] getEngagementLevels() { return EngagementLevel.values(); }
}
