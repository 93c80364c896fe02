package nl.pmohub.improvement.api;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.improvement.application.Board;
import nl.pmohub.improvement.application.CycleSummary;
import nl.pmohub.improvement.application.ImprovementService;
import nl.pmohub.improvement.application.MoveSnapshot;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.Inputs;

import java.util.List;
import java.util.UUID;

/**
 * What the two PDCA board resources do, written once: a project's board ({@link ProjectBoardResource}) and the
 * organisation's ({@link TenantBoardResource}) differ only in the {@link Board} their path names. The resources declare
 * their operations themselves, because SmallRye OpenAPI leaves out the bodies of resource methods inherited from a
 * superclass; the texts of the OpenAPI document are these constants.
 */
@Dependent
class BoardOperations {

    static final String LIST = "The board";
    static final String LIST_TEXT = "Its cycles in every phase, the most recently changed first (at most 500); `waste` narrows it to cycles aimed "
            + "at one Lean waste.";
    static final String GET = "Read a cycle";
    static final String START = "Start a cycle";
    static final String START_TEXT = "In Plan. Project managers, the PMO and administrators; on a project's board only while the project is open.";
    static final String REVISE = "Revise a cycle";
    static final String REVISE_TEXT = "What it sets out to do, the measured result and the decision. A cycle in Check or later keeps its result, "
            + "in Act its decision; a decision needs a result; a cycle that is done no longer changes. Requires If-Match.";
    static final String MOVE = "Move a card";
    static final String MOVE_TEXT = "One phase forward or back (PLAN, DO, CHECK, ACT, DONE). Check needs the measured result (409 naming `result`), "
            + "Act the decision (409 naming `decision`); a jump or a move of a cycle that is done is 409 naming `phase`. Requires If-Match.";
    static final String NEXT = "Start the next cycle";
    static final String NEXT_TEXT = "From Act: problem, KPI, unit and owner taken over, the baseline this cycle's result, the target the same unless "
            + "given, the number one higher; this cycle is done. Requires If-Match (this cycle's ETag); answers the new cycle.";
    static final String HISTORY = "A cycle's moves";
    static final String HISTORY_TEXT = "Oldest first: who moved it when, from which phase (absent: started) to which.";
    static final String CYCLES = "The improvement's cycles";
    static final String CYCLES_TEXT = "Every cycle of the improvement this cycle belongs to, from its first through each next one: baseline, target and "
            + "measured result of the KPI per cycle.";
    static final String WASTES = "One of TRANSPORT, INVENTORY, MOTION, WAITING, OVERPRODUCTION, OVERPROCESSING, DEFECTS, UNUSED_SKILLS";

    @Inject
    ImprovementService improvements;

    List<CycleResponse> list(Board board, String waste) {
        return improvements.board(board, Inputs.enumValue(Waste.class, "waste", waste)).stream().map(CycleResponse::of).toList();
    }

    Response get(Board board, UUID id) {
        return EntityTags.ok(improvements.get(board, id), CycleResponse::of);
    }

    Response start(Board board, CycleRequest request, UriInfo uri) {
        return EntityTags.created(uri, improvements.start(board, request == null ? null : request.toDetails()), CycleResponse::of);
    }

    Response revise(Board board, UUID id, String ifMatch, CycleRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(improvements.revise(board, id, version, request == null ? null : request.toDetails(),
                request == null ? null : request.toOutcome()), CycleResponse::of);
    }

    Response move(Board board, UUID id, String ifMatch, MoveRequest move) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(improvements.move(board, id, version, move == null ? null : move.toPhase()), CycleResponse::of);
    }

    /** 201 with the next cycle, whose address is beside this one's: …/improvements/{next}. */
    Response nextCycle(Board board, UUID id, String ifMatch, NextCycleRequest request, UriInfo uri) {
        long version = EntityTags.requiredVersion(ifMatch);
        CycleSummary next = improvements.nextCycle(board, id, version, request == null ? null : request.target());
        return Response.created(uri.getAbsolutePath().resolve("../" + next.id())).entity(CycleResponse.of(next)).tag(EntityTags.of(next.version()))
                .build();
    }

    List<CycleResponse> lineage(Board board, UUID id) {
        return improvements.lineage(board, id).stream().map(CycleResponse::of).toList();
    }

    List<MoveSnapshot> history(Board board, UUID id) {
        return improvements.history(board, id);
    }
}
