package org.paperkg.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which keys name the same thing, per label: (label, alias key) → canonical key. Filled from the
 * curated alias file, from the entities already stored ({@link #load}) and from every pair a paper
 * states ("graph attention network (GAT)", "图注意力网络（GAT）"), so a later paper that writes only
 * "graph attention network" or "图注意力网络" gets the key {@code gat}.
 *
 * <p>The canonical key of a group is its preferred member ({@link AliasGroup#PREFERENCE}), never the
 * first one seen, so the groups and their keys come out the same whatever order papers arrive in; the
 * graph writer absorbs nodes stored under a key that has since become an alias. A link is refused
 * when it would join a size or version to its family ("BERT-large" / "BERT"), when the acronym is
 * listed as ambiguous, or when one acronym is given two long forms that share too few words (two
 * different things); a refusal is logged. Thread-safe: every method locks the directory, and the work
 * done under the lock is a few map operations.
 */
public final class AliasDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(AliasDirectory.class);

    private final Map<EntityLabel, Map<String, AliasGroup>> groups = new EnumMap<>(EntityLabel.class);
    private final Map<EntityLabel, Set<String>> ambiguous = new EnumMap<>(EntityLabel.class);
    private int refused;

    /** An empty directory: no curated aliases. */
    public AliasDirectory() {
        for (EntityLabel l : EntityLabel.values()) {
            groups.put(l, new HashMap<>());
            ambiguous.put(l, new HashSet<>());
        }
    }

    /** A directory holding the curated aliases shipped in the jar ({@code resolve/aliases.tsv}). */
    public static AliasDirectory withCuratedAliases() {
        AliasDirectory d = new AliasDirectory();
        CuratedAliases.loadBundled(d);
        return d;
    }

    /**
     * Adds the groups of an alias file in the bundled file's format ({@code same} and {@code ambiguous}
     * lines, see {@code resolve/aliases.tsv}), such as an operator's own list.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     */
    public void loadAliasFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CuratedAliases.load(this, file.toString(), r);
        }
    }

    /**
     * Adds the groups of stored entities: each node's key with its alias keys and the keys of its
     * surface forms. Call it with a snapshot of the graph at start.
     */
    public synchronized void load(Collection<EntityNode> nodes) {
        for (EntityNode n : nodes) {
            for (String alias : n.aliasKeys()) {
                linkUnchecked(n.label(), n.key(), alias);
            }
            for (String surface : n.aliases()) {
                String k = EntityKeys.key(n.label(), surface);
                if (k != null && !isAmbiguous(n.label(), k) && !variantRelated(k, n.key())) {
                    linkUnchecked(n.label(), n.key(), k);
                }
                if (k != null && isLongForm(surface)) {
                    group(n.label(), n.key()).addLongForm(k);
                }
            }
        }
    }

    /** The canonical key for a folded key: its group's, or the key itself when no group has it. */
    public synchronized String canonical(EntityLabel label, String key) {
        AliasGroup g = groups.get(label).get(key);
        return g == null ? key : g.canonical();
    }

    /** The canonical key for a name as written, or {@code null} when the name has no key. */
    public String resolve(EntityLabel label, String name) {
        String k = EntityKeys.key(label, name);
        return k == null ? null : canonical(label, k);
    }

    /** Every key of the group holding {@code key} but {@code key} itself, sorted. */
    public synchronized List<String> aliasKeys(EntityLabel label, String key) {
        AliasGroup g = groups.get(label).get(key);
        return g == null ? List.of() : g.members().stream().filter(k -> !k.equals(key)).toList();
    }

    /** Whether an acronym key is listed as standing for several things, so it joins no group. */
    public synchronized boolean isAmbiguous(EntityLabel label, String key) {
        return ambiguous.get(label).contains(key);
    }

    /** How many stated links were refused since start. */
    public synchronized int refusedLinks() {
        return refused;
    }

    synchronized void markAmbiguous(EntityLabel label, String key) {
        ambiguous.get(label).add(key);
    }

    /** What became of a stated link. */
    enum Link {
        LINKED, SAME_KEY, VARIANT, AMBIGUOUS, CONFLICT;

        /** A refusal the stating paper may still apply to itself: its own definition of an acronym. */
        boolean localOnly() {
            return this == AMBIGUOUS || this == CONFLICT;
        }
    }

    /**
     * Links an acronym to its long form (Latin or Chinese). Refused for an ambiguous acronym, a
     * variant pair, or a long form unlike those the acronym already has.
     */
    synchronized Link linkAcronym(EntityLabel label, String acronymKey, String longKey) {
        Link guard = guard(label, acronymKey, longKey);
        if (guard != Link.LINKED) {
            return guard;
        }
        AliasGroup a = group(label, acronymKey);
        AliasGroup l = group(label, longKey);
        if (a != l && !agree(a, l, longKey)) {
            refused++;
            LOG.warn("{} {}: long form {} differs from {}; left apart (list the acronym as ambiguous in the"
                    + " alias file if it names several things)", label, acronymKey, longKey, a.longForms());
            return Link.CONFLICT;
        }
        merge(label, a, l);
        group(label, acronymKey).addLongForm(longKey);
        return Link.LINKED;
    }

    /** Links two names of one thing that are not acronym and long form (a translation, a spelling). */
    synchronized Link linkSame(EntityLabel label, String keyA, String keyB) {
        Link guard = guard(label, keyA, keyB);
        if (guard == Link.LINKED) {
            linkUnchecked(label, keyA, keyB);
        }
        return guard;
    }

    /** Runs {@code work} holding the lock, so one paper's links and look-ups see one state of the directory. */
    synchronized <T> T atomically(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Links without the guards: for the curated file and stored entities, already decided. */
    synchronized void linkUnchecked(EntityLabel label, String keyA, String keyB) {
        merge(label, group(label, keyA), group(label, keyB));
    }

    synchronized void addLongForm(EntityLabel label, String key, String longKey) {
        group(label, key).addLongForm(longKey);
    }

    private Link guard(EntityLabel label, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return Link.SAME_KEY;
        }
        Link refusal = isAmbiguous(label, a) || isAmbiguous(label, b) ? Link.AMBIGUOUS
                : variantRelated(a, b) ? Link.VARIANT : Link.LINKED;
        if (refusal != Link.LINKED) {
            refused++;
        }
        return refusal;
    }

    /** Some long form of one group reads like some long form of the other, or one group has none yet. */
    private static boolean agree(AliasGroup acronymGroup, AliasGroup longGroup, String longKey) {
        Set<String> candidates = new HashSet<>(longGroup.longForms());
        candidates.add(longKey);
        return candidates.stream().allMatch(c -> !sameScriptFormsIn(acronymGroup, c))
                || candidates.stream().anyMatch(acronymGroup::agreesWith);
    }

    private static boolean sameScriptFormsIn(AliasGroup g, String longKey) {
        return g.longForms().stream().anyMatch(l -> Scripts.hasHan(l) == Scripts.hasHan(longKey));
    }

    private AliasGroup group(EntityLabel label, String key) {
        return groups.get(label).computeIfAbsent(key, AliasGroup::new);
    }

    private void merge(EntityLabel label, AliasGroup a, AliasGroup b) {
        if (a == b) {
            return;
        }
        AliasGroup big = a.members().size() >= b.members().size() ? a : b;
        AliasGroup small = big == a ? b : a;
        big.absorb(small);
        Map<String, AliasGroup> byKey = groups.get(label);
        small.members().forEach(k -> byKey.put(k, big));
    }

    /** One key is the other's size or version ("bert-large" and "bert"), never the same thing. */
    static boolean variantRelated(String a, String b) {
        for (String p = EntityKeys.parentVariant(a); p != null; p = EntityKeys.parentVariant(p)) {
            if (p.equals(b)) {
                return true;
            }
        }
        for (String p = EntityKeys.parentVariant(b); p != null; p = EntityKeys.parentVariant(p)) {
            if (p.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** A Chinese name, or a name of two or more words that is not itself acronym-shaped: a long form. */
    static boolean isLongForm(String surface) {
        return !Acronyms.isAcronymShaped(surface)
                && (Scripts.hasHan(surface) || surface.strip().split("[\\s\\-]+").length >= 2);
    }
}
