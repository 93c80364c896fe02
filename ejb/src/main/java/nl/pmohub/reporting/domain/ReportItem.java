package nl.pmohub.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

/** A milestone or stage a {@link ProgressReport} names; written with the figures, never changed on its own. */
@Entity
@Table(name = "report_item")
public class ReportItem extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 18)
    private ReportItemKind kind;

    @Column(name = "label", nullable = false, updatable = false, length = 200)
    private String label;

    @Column(name = "day", nullable = false, updatable = false)
    private java.time.LocalDate day;

    protected ReportItem() {
    }

    static ReportItem of(ProgressReport report, PlanMention mention) {
        ReportItem item = new ReportItem();
        item.identify();
        item.report = report;
        item.kind = mention.kind();
        item.label = mention.label().length() > 200 ? mention.label().substring(0, 200) : mention.label();
        item.day = mention.day();
        return item;
    }

    public PlanMention mention() {
        return new PlanMention(kind, label, day);
    }
}
