package org.paperkg.source;

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

/** PDFs made with PDFBox for the tests: a small laid-out paper, bare pages, encrypted and text-less files. */
final class TestPdfs {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestPdfs() {
    }

    /** One line to draw: text, font, size. */
    record Line(String text, PDType1Font font, float size) {
        static Line of(String text) {
            return new Line(text, REGULAR, 10);
        }
    }

    /** A one-page paper with a large title, an abstract, keywords, a DOI and arXiv stamp, and two sections. */
    static byte[] paper() {
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
    static byte[] pages(Line[]... pages) {
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
    static byte[] imageOnly() {
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

    /** {@link #paper()} encrypted with AES-128; an empty user password opens it without asking. */
    static byte[] encrypted(String userPassword) {
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
