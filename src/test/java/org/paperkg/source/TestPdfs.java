package org.paperkg.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs made with PDFBox for the tests: a small laid-out paper, bare pages, a long book, encrypted,
 * text-less and scanned files.
 */
public final class TestPdfs {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestPdfs() {
    }

    /** One line to draw: text, font, size. */
    public record Line(String text, PDType1Font font, float size) {
        public static Line of(String text) {
            return new Line(text, REGULAR, 10);
        }
    }

    /** A one-page paper with a large title, an abstract, keywords, a DOI and arXiv stamp, and two sections. */
    public static byte[] paper() {
        return pages(new Line[] {
            new Line("Proceedings of the Workshop on Testing, 2021", REGULAR, 8),
            new Line("Graph Attention for Drug-Target", BOLD, 18),
            new Line("Affinity Prediction", BOLD, 18),
            new Line("Ada Lovelace and Charles Babbage", REGULAR, 11),
            new Line("Abstract", BOLD, 11),
            Line.of("We propose GAT-DTA, a graph attention model for drug-tar-"),
            Line.of("get affinity. It improves AUROC by 5.7% on three public"),
            Line.of("benchmarks and state-"),
            Line.of("of-the-art baselines."),
            Line.of("Keywords: graph attention, drug discovery;"),
            Line.of("affinity"),
            new Line("1 Introduction", BOLD, 12),
            Line.of("Drug-target affinity prediction matters."),
            new Line("2 Method", BOLD, 12),
            Line.of("We stack attention layers."),
            new Line("References", BOLD, 12),
            Line.of("[1] Someone. 2019. A cited paper. doi:10.9999/cited.1"),
            new Line("doi: 10.5555/Test.123   arXiv:2101.00001v2 [cs.LG] 3 Jan 2021", REGULAR, 8),
        });
    }

    /** One page per argument, each holding its lines top to bottom. */
    public static byte[] pages(Line[]... pages) {
        try (PDDocument doc = new PDDocument()) {
            for (Line[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (Line l : lines) {
                        out.beginText();
                        out.setFont(l.font(), l.size());
                        out.newLineAtOffset(60, y);
                        out.showText(l.text());
                        out.endText();
                        y -= l.size() * 1.6f;
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with a filled rectangle and no text, like a scan without OCR. */
    public static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.addRect(50, 50, 400, 600);
                out.fill();
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page holding one raster image and no text, as a scanner makes it: grey bars of "lines" on white,
     * stored as an image XObject.
     */
    public static byte[] scanned() {
        BufferedImage scan = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < scan.getHeight(); y++) {
            for (int x = 0; x < scan.getWidth(); x++) {
                boolean ink = x > 80 && x < 770 && y % 24 < 10 && (x / 37 + y / 24) % 5 != 0;
                scan.getRaster().setSample(x, y, 0, ink ? 40 : 250);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paper of {@code n} pages: {@link #paper()}'s first page, then numbered pages of running text. */
    public static byte[] book(int n) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(paper())) {
            for (int i = 2; i <= n; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(REGULAR, 10);
                    out.setLeading(14);
                    out.newLineAtOffset(60, 740);
                    for (int line = 0; line < 45; line++) {
                        out.showText("Page " + i + " line " + line + ": the method is evaluated again on held-out data.");
                        out.newLine();
                    }
                    out.endText();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #paper()} encrypted with AES-128; an empty user password opens it without asking. */
    public static byte[] encrypted(String userPassword) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(paper())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }
}
