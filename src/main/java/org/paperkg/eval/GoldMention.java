package org.paperkg.eval;

import org.paperkg.extract.EntityType;
/**
 * A gold entity mention.
 *
 * @param type  the paper-kg type the dataset's label maps to
 * @param start first character, an offset into {@link GoldDoc#headText()}
 * @param end   one past the last character
 * @param text  the covered text, kept for reports and debugging
 */
public record GoldMention(EntityType type, int start, int end, String text) {
    public GoldMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad gold span [" + start + "," + end + ") for '" + text + "'");
        }
    }
}
