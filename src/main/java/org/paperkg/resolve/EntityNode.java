package org.paperkg.resolve;

import java.util.List;

/**
 * An entity with its canonical key, as the graph stores it.
 *
 * @param label     Task, Method, Dataset or Metric
 * @param key       the canonical key; one thing, one key, across papers and languages
 * @param name      the display name (the first name seen)
 * @param acronym   the acronym when known, else {@code null}
 * @param aliases   every surface form seen, the name included
 * @param aliasKeys keys this entity also answers to (folded long form, acronym, other-language name);
 *                  a node of the same label already stored under one of them is the same thing and is
 *                  absorbed into this one, so the order papers arrive in does not change the graph
 */
public record EntityNode(EntityLabel label, String key, String name, String acronym, List<String> aliases,
        List<String> aliasKeys) {
    public EntityNode {
        aliases = List.copyOf(aliases);
        aliasKeys = List.copyOf(aliasKeys);
    }
}
