package org.paperkg.extract;

/**
 * An extraction together with how it was made.
 *
 * @param extraction what was extracted (already validated against the schema)
 * @param info       extractor, model and prompt version
 */
public record ExtractionResult(Extraction extraction, ExtractorInfo info) {
}
