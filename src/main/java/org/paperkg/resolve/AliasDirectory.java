package org.paperkg.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which keys name the same thing, per label: (label, alias key) → canonical key. Filled from the
 * curated alias file, from the entities already stored ({@link #load}) and from every pair a paper
 * states ("graph attention network (GAT)", "图注意力网络（GAT）"), so a later paper that writes only
 * "graph attention network" or "图注意力网络" gets the key {@code gat}.
 *
 * <p>A group's canonical key is its first member by a fixed order (the curated file's first name,
 * else Latin before Chinese, fewer words, shorter), never the first one seen, so groups and keys come
 * out the same whatever order papers arrive in; the graph writer absorbs nodes stored under a key that
 * has since become an alias. {@link AliasLinks} decides which stated links are refused. Thread-safe:
 * every method locks the directory, and the work under the lock is a few map operations.
 */
public final class AliasDirectory {

    private final Map<EntityLabel, AliasGroups> groups = new EnumMap<>(EntityLabel.class);
    private final AliasLinks links = new AliasLinks(this::groups);

    /** An empty directory: no curated aliases. */
    public AliasDirectory() {
        for (EntityLabel l : EntityLabel.values()) {
            groups.put(l, new AliasGroups());
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
     * surface forms. Call it with a snapshot of the graph at start. An acronym among the surface forms
     * that is not one of the alias keys is skipped: it was the paper's own meaning of an acronym the
     * directory had refused (ambiguous, or taken by another long form), not a group member.
     */
    public synchronized void load(Collection<EntityNode> nodes) {
        for (EntityNode n : nodes) {
            AliasGroups g = groups(n.label());
            for (String alias : n.aliasKeys()) {
                g.merge(g.group(n.key()), g.group(alias));
            }
            for (String surface : n.aliases()) {
                String k = EntityKeys.key(n.label(), surface);
                boolean ownAcronym = Acronyms.isAcronymShaped(surface.strip()) && !n.aliasKeys().contains(k);
                if (k == null || k.equals(n.key()) || ownAcronym || g.isAmbiguous(k)
                        || EntityKeys.isVariantPair(k, n.key())) {
                    continue;
                }
                g.merge(g.group(n.key()), g.group(k));
                if (AliasLinks.isLongForm(surface)) {
                    g.group(n.key()).addLongForm(k);
                }
            }
        }
    }

    /** The canonical key for a folded key: its group's, or the key itself when no group has it. */
    public synchronized String canonical(EntityLabel label, String key) {
        return groups(label).canonical(key);
    }

    /** The canonical key for a name as written, or {@code null} when the name has no key. */
    public String resolve(EntityLabel label, String name) {
        String k = EntityKeys.key(label, name);
        return k == null ? null : canonical(label, k);
    }

    /** Every key of the group holding {@code key} but {@code key} itself, sorted. */
    public synchronized List<String> aliasKeys(EntityLabel label, String key) {
        return groups(label).others(key);
    }

    /** Whether an acronym key is listed as standing for several things, so it joins no group. */
    public synchronized boolean isAmbiguous(EntityLabel label, String key) {
        return groups(label).isAmbiguous(key);
    }

    /** How many stated links were refused since start. */
    public synchronized int refusedLinks() {
        return links.refused();
    }

    /** Links an acronym to its long form, unless {@link AliasLinks} refuses it. */
    synchronized AliasLinks.Link linkAcronym(EntityLabel label, String acronymKey, String longKey) {
        return links.acronym(label, acronymKey, longKey);
    }

    /** Links two names of one thing that are not acronym and long form (a translation). */
    synchronized AliasLinks.Link linkSame(EntityLabel label, String keyA, String keyB) {
        return links.same(label, keyA, keyB);
    }

    /** A curated group: linked without the guards, its first name preferred as the canonical key. */
    synchronized void addCurated(EntityLabel label, List<String> keys, List<Boolean> longForms) {
        AliasGroups g = groups(label);
        for (int i = 0; i < keys.size(); i++) {
            g.merge(g.group(keys.get(0)), g.group(keys.get(i)));
            if (longForms.get(i)) {
                g.group(keys.get(0)).addLongForm(keys.get(i));
            }
        }
        g.prefer(keys.get(0));
    }

    synchronized void markAmbiguous(EntityLabel label, String key) {
        groups(label).markAmbiguous(key);
    }

    /** Runs {@code work} holding the lock, so one paper's links and look-ups see one state of the directory. */
    synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    private AliasGroups groups(EntityLabel label) {
        return groups.get(label);
    }
}
