package org.paperkg.resolve;

import java.util.List;

/**
 * An entity with its canonical key, as the graph stores it.
 *
 * @param label   Task, Method, Dataset or Metric
 * @param key     the canonical key; one thing, one key, across papers and languages
 * @param name    the display name (the first name seen)
 * @param acronym the acronym when known, else {@code null}
 * @param aliases every surface form seen, the name included
 */
public record EntityNode(EntityLabel label, String key, String name, String acronym, List<String> aliases) {
    public EntityNode {
        aliases = List.copyOf(aliases);
    }
}
