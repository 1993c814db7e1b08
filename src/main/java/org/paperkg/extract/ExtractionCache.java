package org.paperkg.extract;

import java.text.Normalizer;
import java.util.Optional;
import org.paperkg.source.PaperIds;

/**
 * Extractions already made, so that the same text is never sent to the model twice. Keys come from
 * {@link #key}; a new model, prompt version or schema version gives new keys, so old entries simply
 * stop matching. Implementations are thread-safe.
 */
public interface ExtractionCache {

    /** The cached extraction for the key, counting a hit or a miss. */
    Optional<Extraction> get(String key);

    /** Stores an extraction (already validated) under the key. */
    void put(String key, Extraction extraction);

    /** Lookups that found an entry since this cache was opened. */
    long hits();

    /** Lookups that found none since this cache was opened. */
    long misses();

    /**
     * The cache key: SHA-256 of the mode, the normalized text, the model, the prompt version and the
     * schema version. Normalizing is Unicode NFC and collapsed whitespace only, no case or width
     * folding, because the model copies names verbatim and they must match the text they came from.
     *
     * @param mode what was extracted from the text ({@code abstract}, {@code fulltext})
     */
    static String key(String mode, String text, String model, String promptVersion, String schemaVersion) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").strip();
        return PaperIds.sha256(String.join("\u0000", mode, model, promptVersion, schemaVersion, normalized));
    }
}
