package org.paperkg.source;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Reads PDFs through a Grobid server: the PDF goes to {@code processFulltextDocument}, the TEI that
 * comes back is read by {@link TeiPaperParser} with {@code readBy = "grobid"}.
 *
 * <p>When Grobid finds nothing in a PDF (HTTP 204) the file fails with a non-retryable "Grobid found no
 * content" rather than becoming a paper with empty fields: such a paper would have no title, abstract or
 * identifier to key it by, and nothing for the extractors to read.
 */
@Component
@ConditionalOnExpression("!'${paperkg.grobid.url:}'.isBlank()")
public class GrobidPdfSource implements PaperSource {

    private final GrobidClient client;
    private final TeiPaperParser parser = new TeiPaperParser("grobid");

    public GrobidPdfSource(GrobidClient client) {
        this.client = client;
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
        if (!accepts(file)) {
            throw SourceException.badInput(file.locator() + ": not a PDF (starts with "
                    + ContentSniffer.preview(file.bytes()) + ")");
        }
        byte[] tei = client.processFulltext(file.bytes(), file.fileName());
        Paper paper;
        try {
            paper = parser.parse(tei, file.locator() + " (Grobid TEI)", file.contentHash());
        } catch (SourceException e) {
            throw SourceException.badInput("Grobid answered with TEI that cannot be read: " + e.getMessage());
        }
        return List.of(SourceItem.read(file.locator(), file.contentHash(), paper));
    }
}
