package org.paperkg.resolve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of one paper, each (type, from, to) once with the first evidence given. Not thread-safe. */
final class FactTable {

    private record FactKey(FactType type, String from, String to) {
    }

    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::type)
            .thenComparing(Fact::fromKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Fact::toKey);

    private final Map<FactKey, Fact> facts = new LinkedHashMap<>();

    /** A fact from the paper. Ignored when the target has no key. */
    void fromPaper(FactType type, String toKey, String evidence) {
        if (toKey != null) {
            facts.putIfAbsent(new FactKey(type, null, toKey), new Fact(type, null, toKey, evidence));
        }
    }

    /** A fact between entities. Ignored when a key is missing or the edge would loop on one node. */
    void between(FactType type, String fromKey, String toKey, String evidence) {
        if (fromKey != null && toKey != null && !fromKey.equals(toKey)) {
            facts.putIfAbsent(new FactKey(type, fromKey, toKey), new Fact(type, fromKey, toKey, evidence));
        }
    }

    /** Sorted by type, source and target, so a paper's writes are the same on every run. */
    List<Fact> sorted() {
        return facts.values().stream().sorted(ORDER).toList();
    }
}
