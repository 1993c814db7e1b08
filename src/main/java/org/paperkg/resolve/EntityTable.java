package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The entities of one paper, one per (label, key), with every surface form seen. Not thread-safe. */
final class EntityTable {

    private static final class Draft {
        final String name;
        String acronym;
        final Set<String> aliases = new TreeSet<>();

        Draft(String name) {
            this.name = name;
        }
    }

    private record LabelKey(EntityLabel label, String key) {
    }

    private final PaperKeys keys;
    private final Map<LabelKey, Draft> drafts = new LinkedHashMap<>();

    EntityTable(PaperKeys keys) {
        this.keys = keys;
    }

    /** Adds a name; the entity's key, or {@code null} when the name has none. */
    String add(EntityLabel label, String name) {
        String key = name == null ? null : keys.key(label, name);
        if (key != null) {
            drafts.computeIfAbsent(new LabelKey(label, key), k -> new Draft(name.strip())).aliases.add(name.strip());
        }
        return key;
    }

    /** Adds an entity under a key already resolved (a variant's family), named as given. */
    void addKeyed(EntityLabel label, String key, String name) {
        drafts.computeIfAbsent(new LabelKey(label, key), k -> new Draft(name)).aliases.add(name);
    }

    /** Records a surface form of an entity this paper already names; ignored for an unknown one. */
    void alias(EntityLabel label, String name) {
        Draft d = drafts.get(new LabelKey(label, keys.key(label, name)));
        if (d != null) {
            d.aliases.add(name.strip());
        }
    }

    /** Records the acronym of an entity this paper already names, when it has none yet. */
    void acronym(EntityLabel label, String acronym) {
        Draft d = drafts.get(new LabelKey(label, keys.key(label, acronym)));
        if (d != null && d.acronym == null) {
            d.acronym = acronym.strip();
            d.aliases.add(acronym.strip());
        }
    }

    /** The keys of one label, in the order first seen. */
    List<String> keys(EntityLabel label) {
        List<String> out = new ArrayList<>();
        drafts.keySet().stream().filter(k -> k.label() == label).forEach(k -> out.add(k.key()));
        return out;
    }

    /** The entity nodes, sorted by label and key; alias keys from the directory's group. */
    List<EntityNode> nodes() {
        return drafts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(LabelKey::label).thenComparing(LabelKey::key)))
                .map(e -> new EntityNode(e.getKey().label(), e.getKey().key(), e.getValue().name, e.getValue().acronym,
                        List.copyOf(e.getValue().aliases), keys.aliasKeys(e.getKey().label(), e.getKey().key())))
                .toList();
    }
}
