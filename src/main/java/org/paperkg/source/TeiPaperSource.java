package org.paperkg.source;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads Grobid TEI XML files: full text, header only, or a citation list. One paper per file. */
@Component
public class TeiPaperSource implements PaperSource {

    private final TeiPaperParser parser = new TeiPaperParser("tei");

    @Override
    public String format() {
        return "tei";
    }

    @Override
    public boolean accepts(InputFile file) {
        return ContentSniffer.kind(file.bytes()) == InputKind.TEI;
    }

    @Override
    public List<SourceItem> read(InputFile file) throws SourceException {
        Paper paper = parser.parse(file.bytes(), file.locator(), file.contentHash());
        return List.of(SourceItem.read(file.locator(), file.contentHash(), paper));
    }
}
