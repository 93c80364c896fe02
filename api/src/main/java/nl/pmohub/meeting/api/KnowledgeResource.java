package nl.pmohub.meeting.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.meeting.application.KnowledgeHit;
import nl.pmohub.meeting.application.KnowledgeRepository;
import nl.pmohub.meeting.application.KnowledgeService;
import nl.pmohub.shared.api.PageResponse;
import nl.pmohub.shared.api.TenantScoped;
import nl.pmohub.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** The organisation's decisions and lessons across its projects, searched in Dutch and English at once. */
@Path("t/{tenant}/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class KnowledgeResource extends TenantScoped {

    @Inject
    KnowledgeService knowledge;

    /** A decision or lesson found, with its project's code. */
    @Schema(name = "KnowledgeHit")
    public record HitResponse(@Schema(enumeration = {"DECISION", "LESSON"}) String kind, UUID id, UUID projectId, String projectCode,
                              @Schema(description = "The decision, or what happened") String title,
                              @Schema(description = "The rationale, or what we learned") String text, LocalDate day,
                              @Schema(description = "How well it matches, higher is better (the full-text index's rank); 0 without a query") double rank,
                              @Schema(description = "The title and the text as HTML with the words matched in <mark> (the rest escaped); a long text "
                                      + "cut to the passages around the matches, joined by \" … \"") Highlight highlight) {
        static HitResponse of(KnowledgeHit h) {
            return new HitResponse(h.kind().name(), h.id(), h.projectId(), h.projectCode(), h.title(), h.text(), h.day(), h.rank(),
                    new Highlight(h.markedTitle().html(), h.markedText().html()));
        }
    }

    /** A hit's texts as the search marked them. */
    @Schema(name = "KnowledgeHighlight")
    public record Highlight(@Schema(description = "HTML") String title, @Schema(description = "HTML") String text) {
    }

    @GET
    @Operation(summary = "Search decisions and lessons", description = "Web-search syntax (words, \"phrases\", or, -not) in Dutch and English word "
            + "forms, best matches first (the best " + KnowledgeRepository.MATCH_LIMIT + " are listed and counted: total is at most that); "
            + "without q, newest first.")
    public PageResponse<HitResponse> search(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "What to look for", example = "vergunning") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) @Parameter(description = "Page size, 1–200") int size) {
        return PageResponse.of(knowledge.search(q, new PageRequest(page, size, null, true)), HitResponse::of);
    }
}
