package nl.pmohub.reporting.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ProgressReportService;
import nl.pmohub.reporting.application.ReportDocument;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.application.ReturnNote;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.web.Access;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The report page ({@code report.xhtml?id=project&report=…}): one report to write, hand in, approve or return,
 * revise once approved, and download as PDF in Dutch or English. What it offers follows the report's status
 * and the user's role; the service checks both again.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressReportService reports;

    @Inject
    transient ExternalContext externalContext;

    @Inject
    transient FacesContext facesContext;

    @Inject
    CurrentProject current;

    private String link;
    private ReportDocumentView report;
    private ReportForm form;
    private String returnComment;

    /** View action after the project's: loads the report named by {@code report}; another project's or tenant's id is a 404. */
    public void load() throws IOException {
        if (facesContext.getResponseComplete() || report != null) {
            return;
        }
        try {
            UUID id = link == null ? null : UUID.fromString(link.strip());
            if (id == null) {
                throw new NotFoundException("Progress report", link);
            }
            show(reports.get(current.getId(), id));
        } catch (NotFoundException | IllegalArgumentException notHere) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such report");
            facesContext.responseComplete();
        }
    }

    private void show(ReportDocumentView shown) {
        report = shown;
        form = ReportForm.of(shown);
    }

    public void save() {
        show(reports.edit(current.getId(), report.id(), form.getVersion(), form.toDetails()));
        Messages.info("reports.saved");
    }

    public void refresh() {
        ReportDocumentView saved = reports.edit(current.getId(), report.id(), form.getVersion(), form.toDetails());
        show(reports.refreshFigures(current.getId(), saved.id(), saved.version()));
        Messages.info("reports.refreshed");
    }

    /** Saves what is written and hands the report in. */
    public void submit() {
        ReportDocumentView saved = reports.edit(current.getId(), report.id(), form.getVersion(), form.toDetails());
        show(saved);
        show(reports.submit(current.getId(), saved.id(), saved.version()));
        Messages.info("reports.submitted");
    }

    public void approve() {
        show(reports.approve(current.getId(), report.id(), report.version()));
        Messages.info("reports.approved");
    }

    public void returnToAuthor() {
        show(reports.returnToAuthor(current.getId(), report.id(), report.version(), new ReturnNote(returnComment)));
        returnComment = null;
        Messages.info("reports.returned");
    }

    public String revise() {
        ReportDocumentView revision = reports.revise(current.getId(), report.id(), report.version());
        externalContext.getFlash().setKeepMessages(true);
        Messages.info("reports.revisionStarted", revision.revision());
        return outcome(current.getId(), revision.id());
    }

    public String discard() {
        reports.discard(current.getId(), report.id(), report.version());
        externalContext.getFlash().setKeepMessages(true);
        Messages.info("reports.discarded");
        return "project?faces-redirect=true&id=" + current.getId();
    }

    /** Where a report is shown (a redirect, so a reload does not repeat the action). */
    static String outcome(UUID projectId, UUID reportId) {
        return "report?faces-redirect=true&id=" + projectId + "&report=" + reportId;
    }

    /** The report as PDF in {@code language} ("nl" or "en"). */
    public StreamedContent pdf(String language) {
        Locale locale = Locale.forLanguageTag(language);
        byte[] pdf = reports.pdf(current.getId(), report.id(), locale);
        String name = "%s-%s-r%d-%s.pdf".formatted(report.projectCode(), report.period().startDate(), report.revision(), language)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return DefaultStreamedContent.builder().name(name).contentType(ReportDocument.MEDIA_TYPE).contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public boolean isWritable() {
        return report.status().isEditable() && Access.changesRecords(externalContext);
    }

    public boolean isDecidable() {
        return report.status() == ReportStatus.SUBMITTED && reports.mayDecide() && !reports.me().equals(report.submittedBy());
    }

    /** Handed in by the signed-in person: someone else decides (the page says so). */
    public boolean isOwnSubmission() {
        return report.status() == ReportStatus.SUBMITTED && reports.me().equals(report.submittedBy());
    }

    public boolean isRevisable() {
        return report.status() == ReportStatus.APPROVED && !report.superseded() && Access.changesRecords(externalContext);
    }

    public boolean isDiscardable() {
        return report.status() == ReportStatus.DRAFT && Access.changesRecords(externalContext);
    }

    public List<PlanMention> getMentions() {
        return report.mentions();
    }

    public RagStatus[] getRags() {
        return RagStatus.values();
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        if (link != null) {
            this.link = link;
        }
    }

    public ReportDocumentView getReport() {
        return report;
    }

    public ReportForm getForm() {
        return form;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }
}
