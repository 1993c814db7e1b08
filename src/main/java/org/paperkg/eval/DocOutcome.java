package org.paperkg.eval;

import java.util.List;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.SentenceRole;

/**
 * What the extractor made of one gold document.
 *
 * @param result  the extraction, or {@code null} when the extractor failed
 * @param failure why it failed, or {@code null}
 * @param roles   roles the extractor gave the gold sentences itself, or {@code null}
 */
record DocOutcome(ExtractionResult result, String failure, List<SentenceRole> roles) {
}
