package org.paperkg.extract;

/**
 * A typed mention as a token range of one sentence.
 *
 * @param type the entity type
 * @param from first token
 * @param to   one past the last token
 */
record TaggedSpan(EntityType type, int from, int to) {

    boolean overlaps(TaggedSpan o) {
        return from < o.to && o.from < to;
    }
}
