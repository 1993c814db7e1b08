package org.paperkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * The PDF reader for when no Grobid server is configured: PDFBox text extraction plus layout
 * heuristics ({@link PdfHeader}, {@link PdfSections}). Bounded: at most {@code pdfMaxPages} pages, a
 * cap on kept text, and scratch memory limited with no spill to temporary files.
 *
 * <p>Encrypted PDFs open when they need no password to read (owner-password-only restrictions are not
 * enforced: the text is used for indexing, as Grobid would use it); a PDF that needs a password fails.
 */
@Component
public class PdfBoxPaperSource implements PaperSource {

    /** Enough for 30 dense pages; a page of a paper holds roughly 5,000 characters. */
    private static final int MAX_CHARS = 400_000;
    private static final int MIN_LETTERS = 20;
    /** The spec puts %%EOF last; writers may append a little whitespace or garbage after it. */
    private static final int EOF_WINDOW = 1024;

    private final int maxPages;
    private final long scratchBytes;

    public PdfBoxPaperSource(SourceProperties properties) {
        this.maxPages = properties.pdfMaxPages();
        this.scratchBytes = properties.pdfScratchMemory().toBytes();
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(InputFile file) {
        return ContentSniffer.kind(file.bytes()) == InputKind.PDF;
    }

    @Override
    public List<SourceItem> read(InputFile file) throws SourceException {
        return List.of(SourceItem.read(file.locator(), file.contentHash(), parse(file)));
    }

    Paper parse(InputFile file) throws SourceException {
        String where = file.locator();
        if (file.bytes().length == 0) {
            throw SourceException.badInput(where + ": empty file");
        }
        if (ContentSniffer.kind(file.bytes()) != InputKind.PDF) {
            throw SourceException.badInput(where + ": not a PDF (no %PDF- header; starts with "
                    + ContentSniffer.preview(file.bytes()) + ")");
        }
        if (!endsWithEofMarker(file.bytes())) {
            // PDFBox would repair a cut-off file and return whatever pages survived; a partial paper is worse
            // than a clear failure that a re-download fixes
            throw SourceException.badInput(where + ": the PDF is truncated (no %%EOF marker at its end)");
        }
        try (PDDocument doc = Loader.loadPDF(file.bytes(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(scratchBytes).streamCache)) {
            if (doc.getNumberOfPages() == 0) {
                throw SourceException.badInput(where + ": the PDF has no pages (damaged or truncated?)");
            }
            PdfLineStripper stripper = new PdfLineStripper(MAX_CHARS);
            stripper.setStartPage(1);
            stripper.setEndPage(maxPages);
            stripper.getText(doc);
            List<PdfLine> lines = stripper.lines();
            if (lines.stream().mapToLong(l -> l.text().codePoints().filter(Character::isLetter).count()).sum() < MIN_LETTERS) {
                throw SourceException.badInput(where + ": the PDF has no extractable text ("
                        + Math.min(maxPages, doc.getNumberOfPages()) + " page(s) read; scanned or image-only? it needs OCR)");
            }
            return toPaper(lines, doc.getDocumentInformation());
        } catch (InvalidPasswordException e) {
            throw SourceException.badInput(where + ": the PDF is encrypted and needs a password to open");
        } catch (IOException e) {
            throw SourceException.badInput(where + ": the PDF cannot be read (damaged or truncated?): " + e.getMessage());
        } catch (RuntimeException e) {
            // PDFBox signals some malformed structures with unchecked exceptions
            throw SourceException.badInput(where + ": the PDF cannot be read (damaged?): " + e);
        }
    }

    private Paper toPaper(List<PdfLine> lines, PDDocumentInformation info) {
        PdfHeader h = PdfHeader.read(lines, info.getTitle());
        String doi = h.doi() != null ? h.doi() : PaperIds.normalizeDoi(info.getSubject());
        List<String> keywords = !h.keywords().isEmpty() || info.getKeywords() == null ? h.keywords()
                : Arrays.stream(info.getKeywords().split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Section> sections = PdfSections.read(lines, h.abstractEnd());
        return new Paper(PaperIds.paperId(doi, h.arxiv(), null, h.title(), h.abstractText()), h.title(),
                h.abstractText(), authors(info.getAuthor()), h.year(), null, doi, h.arxiv(), null, null, keywords,
                sections, List.of(), "pdfbox");
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Authors from the document information, when the producer listed them ("A ; B" or "A and B"). */
    private static List<Author> authors(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return List.of();
        }
        return Arrays.stream(metadata.split("\\s*;\\s*|\\s+and\\s+")).map(String::strip)
                .filter(s -> s.codePoints().filter(Character::isLetter).count() >= 2).map(Author::named).toList();
    }
}
