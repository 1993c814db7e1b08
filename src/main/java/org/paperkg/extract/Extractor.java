package org.paperkg.extract;

import org.paperkg.source.Paper;

/** Turns a paper into an extraction. Implementations are thread-safe. */
public interface Extractor {

    /** Extractor, model and prompt version this extractor stamps on what it makes. */
    ExtractorInfo info();

    /**
     * Extracts the four elements and typed entities from the paper's title and abstract.
     *
     * @throws ExtractionException when no valid extraction could be made; {@link
     *         ExtractionException#retryable()} says whether trying later may help
     */
    ExtractionResult extract(Paper paper) throws ExtractionException;
}
