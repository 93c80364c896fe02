package nl.pmohub.reporting.application;

import java.util.List;
import java.util.Locale;

/** The report as a document for the steering group, in Dutch or English; {@code history} feeds its RAG trend. */
public interface ReportDocument {

    String MEDIA_TYPE = "application/pdf";

    byte[] render(ReportDocumentView report, List<ReportSummary> history, Locale locale);
}
