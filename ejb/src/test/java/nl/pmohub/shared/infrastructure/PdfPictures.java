package nl.pmohub.shared.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the PDF tests share: a document checked to be a PDF and drawn page by page to target/pictures, to look at. */
public final class PdfPictures {

    private PdfPictures() {
    }

    /** Writes {@code picture}-1.png, -2.png … and answers the PDF. */
    public static byte[] drawn(byte[] pdf, String picture) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Path pictures = Path.of("target", "pictures");
        Files.createDirectories(pictures);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 80), "png", pictures.resolve(picture + "-" + (page + 1) + ".png").toFile());
            }
        }
        return pdf;
    }
}
