package org.paperkg.ground;

import java.util.List;
import org.paperkg.extract.ExtractionResult;

/**
 * An extraction with every item that the source text does not support removed.
 *
 * @param result  the extraction that remains, with how it was made
 * @param dropped descriptions of the items removed ({@code method:Foo (name not in text)}), kept as
 *                provenance so a reader can see how much the extractor made up
 */
public record GroundedExtraction(ExtractionResult result, List<String> dropped) {
    public GroundedExtraction {
        dropped = List.copyOf(dropped);
    }

    public int droppedCount() {
        return dropped.size();
    }
}
