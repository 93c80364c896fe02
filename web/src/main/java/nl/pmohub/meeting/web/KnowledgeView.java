package nl.pmohub.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.meeting.application.KnowledgeHit;
import nl.pmohub.meeting.application.KnowledgeRepository;
import nl.pmohub.meeting.application.KnowledgeService;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The tenant's knowledge page ({@code app/knowledge.xhtml}): decisions and lessons of every project, newest first, or
 * the best matches of a search in Dutch and English; paged in the database.
 */
@Named
@ViewScoped
public class KnowledgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeService knowledge;

    /** The table's page size. */
    static final int ROWS = 20;

    private String query;
    private final LazyDataModel<KnowledgeHit> hits = new Hits();
    /** The first page as counted: the table counts, then loads the first page, and gets it without a second search. */
    private Page<KnowledgeHit> firstPage;

    public LazyDataModel<KnowledgeHit> getHits() {
        return hits;
    }

    /** A search lists its best matches only: the user is told when there are more. */
    public boolean isCapped() {
        return query != null && !query.isBlank() && firstPage != null && firstPage.total() >= KnowledgeRepository.MATCH_LIMIT;
    }

    public int getMatchLimit() {
        return KnowledgeRepository.MATCH_LIMIT;
    }

    public int getRows() {
        return ROWS;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }

    /** Pages of the hits of the current query; the row key is the decision's or lesson's id. */
    private final class Hits extends LazyDataModel<KnowledgeHit> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            firstPage = knowledge.search(query, PageRequest.first(ROWS));
            return (int) firstPage.total();
        }

        @Override
        public List<KnowledgeHit> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (first == 0 && pageSize == ROWS && firstPage != null) {
                return firstPage.items();
            }
            return knowledge.search(query, new PageRequest(first / pageSize, pageSize, null, true)).items();
        }

        @Override
        public String getRowKey(KnowledgeHit hit) {
            return hit.id().toString();
        }
    }
}
