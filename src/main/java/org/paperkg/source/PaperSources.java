package org.paperkg.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The entry point of the source stage: sniffs an input's content (never its name), hands it to the
 * reader for that format, and turns every failure into a failed {@link SourceItem}. PDFs go to Grobid
 * when {@code paperkg.grobid.url} is set (a {@link GrobidPdfSource} bean exists), else to PDFBox.
 */
@Component
public class PaperSources {

    private static final Logger log = LoggerFactory.getLogger(PaperSources.class);
    private static final Map<InputKind, String> FORMATS = Map.of(
            InputKind.PDF, "pdf", InputKind.TEI, "tei", InputKind.JSON_LINES, "jsonl",
            InputKind.PUBMED_XML, "pubmed", InputKind.ARXIV_ATOM, "arxiv");

    private final Map<String, PaperSource> byFormat = new HashMap<>();

    /**
     * @param readers every available reader; of two PDF readers, Grobid wins over the PDFBox fallback
     */
    @Autowired
    public PaperSources(List<PaperSource> readers) {
        for (PaperSource reader : readers) {
            byFormat.merge(reader.format(), reader, PaperSources::prefer);
        }
    }

    /** The standard readers, wired by hand (command line, tests). */
    public static PaperSources standard(SourceProperties source, GrobidProperties grobid) {
        PaperSource pdf = grobid.enabled() ? new GrobidPdfSource(new GrobidClient(grobid)) : new PdfBoxPaperSource(source);
        return new PaperSources(List.of(pdf, new TeiPaperSource(), new JsonlPaperSource(source),
                new PubmedXmlPaperSource(), new ArxivAtomPaperSource()));
    }

    /**
     * Reads one input. Never throws for bad input: a file that cannot be read becomes one failed item
     * naming the reason, marked retryable when a peer (Grobid) was unavailable rather than the input bad.
     */
    public List<SourceItem> read(InputFile file) {
        try {
            return readerFor(file).read(file);
        } catch (SourceException e) {
            return List.of(e.retryable()
                    ? SourceItem.retryLater(file.locator(), file.contentHash(), e.getMessage())
                    : SourceItem.failed(file.locator(), file.contentHash(), e.getMessage()));
        } catch (RuntimeException e) {
            // a reader bug or a library tripping over hostile bytes must not stop the batch
            log.warn("Unexpected failure reading {}", file.locator(), e);
            return List.of(SourceItem.failed(file.locator(), file.contentHash(),
                    file.locator() + ": unexpected error while reading: " + e));
        }
    }

    /** The format the content has, as recorded in the ledger ({@code pdf}, {@code tei}, …), or {@code null}. */
    public String formatOf(InputFile file) {
        return FORMATS.get(ContentSniffer.kind(file.bytes()));
    }

    /** The reader for this content. */
    public PaperSource readerFor(InputFile file) throws SourceException {
        InputKind kind = ContentSniffer.kind(file.bytes());
        String where = file.locator() + ": ";
        switch (kind) {
            case EMPTY -> throw SourceException.badInput(where + "empty file");
            case OTHER_XML -> throw SourceException.badInput(where + "an XML file with root <"
                    + ContentSniffer.rootElement(file.bytes()) + ">, not TEI, PubMed XML or an arXiv Atom feed");
            case UNKNOWN -> throw SourceException.badInput(where + "not a PDF, TEI, JSON Lines, PubMed XML or arXiv Atom file (starts with "
                    + ContentSniffer.preview(file.bytes()) + ")");
            default -> {
                PaperSource reader = byFormat.get(FORMATS.get(kind));
                if (reader == null) {
                    throw SourceException.badInput(where + "looks like " + FORMATS.get(kind)
                            + ", but no reader for it is configured");
                }
                return reader;
            }
        }
    }

    private static PaperSource prefer(PaperSource a, PaperSource b) {
        if (a instanceof GrobidPdfSource || b instanceof GrobidPdfSource) {
            return a instanceof GrobidPdfSource ? a : b;
        }
        throw new IllegalStateException("two readers for format " + a.format() + ": " + a.getClass().getSimpleName()
                + " and " + b.getClass().getSimpleName());
    }
}
