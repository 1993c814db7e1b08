package org.paperkg.resolve;

/**
 * An extracted relationship. For paper facts ({@link FactType#fromPaper()}) {@code fromKey} is
 * {@code null}: the edge starts at the paper being written.
 *
 * @param type     the relationship type
 * @param fromKey  the key of the Method the edge starts at, for entity-to-entity facts
 * @param toKey    the key of the target entity (its label is {@link FactType#target()})
 * @param evidence the sentence the fact rests on
 */
public record Fact(FactType type, String fromKey, String toKey, String evidence) {
}
