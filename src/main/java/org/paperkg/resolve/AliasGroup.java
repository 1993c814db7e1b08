package org.paperkg.resolve;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys known to name one thing, within one label. Its canonical key is the first member by a fixed
 * order ({@link AliasGroups}: curated first names, then {@link #PREFERENCE}), so it does not depend on
 * which paper stated which pair first.
 */
final class AliasGroup {

    /**
     * Latin before Chinese, then fewer words, then shorter, then alphabetical: {@code gat} over
     * {@code graph-attention-network} over {@code 图注意力网络}; {@code gcn} over {@code gcnn}.
     */
    static final Comparator<String> PREFERENCE = Comparator.comparing(Scripts::hasHan)
            .thenComparingInt(AliasGroup::words).thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "from", "and", "the", "a", "an", "to", "in",
            "on", "with", "via", "by", "based");

    private final TreeSet<String> members = new TreeSet<>();
    /** Long forms stated for an acronym of this group, to notice one acronym used for two things. */
    private final Set<String> longForms = new HashSet<>();
    private String canonical;

    AliasGroup(String key) {
        members.add(key);
        canonical = key;
    }

    String canonical() {
        return canonical;
    }

    Set<String> members() {
        return members;
    }

    Set<String> longForms() {
        return longForms;
    }

    void addLongForm(String key) {
        longForms.add(key);
    }

    /** Takes every member and long form of {@code other}; the canonical key is chosen again. */
    void absorb(AliasGroup other, Comparator<String> order) {
        members.addAll(other.members);
        longForms.addAll(other.longForms);
        choose(order);
    }

    void choose(Comparator<String> order) {
        canonical = members.stream().min(order).orElseThrow();
    }

    /** Whether a new long form for this group's acronym reads like one it already has. */
    boolean agreesWith(String longForm) {
        return longForms.isEmpty() || longForms.stream().anyMatch(l -> similar(l, longForm));
    }

    /**
     * Long forms of one thing differ in endings and small words ("graph attention network" /
     * "graph attentional networks"); two things that share an acronym share few words ("recurrent
     * neural network" / "recursive neural network" share two of four stems, below the bar).
     */
    static boolean similar(String a, String b) {
        if (Scripts.hasHan(a) != Scripts.hasHan(b)) {
            return false;
        }
        boolean han = Scripts.hasHan(a);
        Set<String> x = han ? bigrams(a) : stems(a);
        Set<String> y = han ? bigrams(b) : stems(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        long common = x.stream().filter(y::contains).count();
        return !union.isEmpty() && common >= (han ? 0.4 : 0.6) * union.size();
    }

    /** Chinese has no words to compare; pairs of characters stand in ("长短期记忆网络" / "长短时记忆网络"). */
    private static Set<String> bigrams(String key) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            out.add(key.substring(i, i + 2));
        }
        return out;
    }

    private static Set<String> stems(String key) {
        Set<String> out = new HashSet<>();
        for (String w : key.toLowerCase(Locale.ROOT).split("-")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }

    private static int words(String key) {
        return key.split("-").length;
    }
}
