package org.paperkg.resolve;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one paper's names: the directory's canonical keys, after the pairs the paper states are
 * linked. Where the directory refuses a paper's acronym (listed as ambiguous, or taken by another long
 * form), the paper's own definition still holds inside the paper: its "SAM" is the SAM it spelled out.
 * Not thread-safe: one per paper, used under the directory's lock.
 */
final class PaperKeys {

    private final AliasDirectory directory;
    private final Map<EntityLabel, Map<String, String>> local = new EnumMap<>(EntityLabel.class);

    PaperKeys(AliasDirectory directory) {
        this.directory = directory;
        for (EntityLabel l : EntityLabel.values()) {
            local.put(l, new HashMap<>());
        }
    }

    /** Links each pair in the directory; keeps refused acronym definitions for this paper. */
    void learn(List<NamePair> pairs) {
        for (NamePair p : pairs) {
            String a = EntityKeys.key(p.label(), p.first());
            String b = EntityKeys.key(p.label(), p.second());
            if (p.acronym()) {
                if (directory.linkAcronym(p.label(), a, b).localOnly()) {
                    local.get(p.label()).putIfAbsent(a, b);
                }
            } else {
                directory.linkSame(p.label(), a, b);
            }
        }
    }

    /** The key of a name as written, or {@code null} when it has none. */
    String key(EntityLabel label, String name) {
        String k = EntityKeys.key(label, name);
        return k == null ? null : canonical(label, k);
    }

    /** The canonical key of a folded key, this paper's own acronym definitions first. */
    String canonical(EntityLabel label, String foldedKey) {
        String own = local.get(label).get(foldedKey);
        return directory.canonical(label, own != null ? own : foldedKey);
    }

    List<String> aliasKeys(EntityLabel label, String key) {
        return directory.aliasKeys(label, key);
    }
}
