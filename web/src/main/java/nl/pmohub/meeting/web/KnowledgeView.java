package nl.pmohub.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.meeting.application.KnowledgeHit;
import nl.pmohub.meeting.application.KnowledgeService;
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

    private String query;
    private final LazyDataModel<KnowledgeHit> hits = new Hits();

    public LazyDataModel<KnowledgeHit> getHits() {
        return hits;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }

    /** Pages of the hits of the current query; the row key is the decision's or lesson's id. */
    private final class Hits extends LazyDataModel<KnowledgeHit> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) knowledge.search(query, PageRequest.first(1)).total();
        }

        @Override
        public List<KnowledgeHit> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return knowledge.search(query, new PageRequest(first / pageSize, pageSize, null, true)).items();
        }

        @Override
        public String getRowKey(KnowledgeHit hit) {
            return hit.id().toString();
        }
    }
}
