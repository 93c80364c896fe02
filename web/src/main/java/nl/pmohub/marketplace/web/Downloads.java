package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.application.AgreementDocument;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** A PDF made in memory as a Faces download. */
final class Downloads {

    private Downloads() {
    }

    static StreamedContent pdf(byte[] pdf, String name) {
        return DefaultStreamedContent.builder().name(name).contentType(AgreementDocument.MEDIA_TYPE).contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}
