package org.paperkg.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of one label: which keys name one thing, each group's canonical key, the acronyms listed
 * as ambiguous and the keys the curated file names first (preferred as canonical: "accuracy", not
 * "acc"). Not thread-safe: {@link AliasDirectory} locks around it.
 */
final class AliasGroups {

    private final Map<String, AliasGroup> byKey = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> preferred = new HashSet<>();
    /** Curated first names, then {@link AliasGroup#PREFERENCE}: fixed data, so still order-free. */
    private final Comparator<String> order = Comparator.<String, Boolean>comparing(k -> !preferred.contains(k))
            .thenComparing(AliasGroup.PREFERENCE);

    String canonical(String key) {
        AliasGroup g = byKey.get(key);
        return g == null ? key : g.canonical();
    }

    List<String> others(String key) {
        AliasGroup g = byKey.get(key);
        return g == null ? List.of() : g.members().stream().filter(k -> !k.equals(key)).toList();
    }

    boolean isAmbiguous(String key) {
        return ambiguous.contains(key);
    }

    void markAmbiguous(String key) {
        ambiguous.add(key);
    }

    void prefer(String key) {
        preferred.add(key);
        group(key).choose(order);
    }

    AliasGroup group(String key) {
        return byKey.computeIfAbsent(key, AliasGroup::new);
    }

    /** One group of both; the larger takes in the smaller, so a key moves at most log(n) times. */
    void merge(AliasGroup a, AliasGroup b) {
        if (a == b) {
            return;
        }
        AliasGroup big = a.members().size() >= b.members().size() ? a : b;
        AliasGroup small = big == a ? b : a;
        big.absorb(small, order);
        small.members().forEach(k -> byKey.put(k, big));
    }
}
