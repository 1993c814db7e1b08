package org.paperkg.resolve;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a pair a paper states joins two groups. Refused: a size or version and its family
 * ("BERT-large" / "BERT"), an acronym listed as ambiguous, and an acronym given a long form that
 * shares too few words with the long forms it already has (one acronym, two things: the first one
 * stays, a warning names both). Not thread-safe: {@link AliasDirectory} locks around it.
 */
final class AliasLinks {

    private static final Logger LOG = LoggerFactory.getLogger(AliasLinks.class);

    /** What became of a stated link. */
    enum Link {
        LINKED, SAME_KEY, VARIANT, AMBIGUOUS, CONFLICT;

        /** A refusal the stating paper may still apply to itself: its own definition of an acronym. */
        boolean localOnly() {
            return this == AMBIGUOUS || this == CONFLICT;
        }
    }

    private final Function<EntityLabel, AliasGroups> groups;
    private int refused;

    AliasLinks(Function<EntityLabel, AliasGroups> groups) {
        this.groups = groups;
    }

    int refused() {
        return refused;
    }

    Link acronym(EntityLabel label, String acronymKey, String longKey) {
        AliasGroups g = groups.apply(label);
        Link guard = guard(g, acronymKey, longKey);
        if (guard != Link.LINKED) {
            return guard;
        }
        AliasGroup a = g.group(acronymKey);
        AliasGroup l = g.group(longKey);
        if (a != l && !agree(a, l, longKey)) {
            refused++;
            LOG.warn("{} {}: long form {} differs from {}; left apart (list the acronym as ambiguous in an alias"
                    + " file if it names several things)", label, acronymKey, longKey, a.longForms());
            return Link.CONFLICT;
        }
        g.merge(a, l);
        g.group(acronymKey).addLongForm(longKey);
        return Link.LINKED;
    }

    Link same(EntityLabel label, String keyA, String keyB) {
        AliasGroups g = groups.apply(label);
        Link guard = guard(g, keyA, keyB);
        if (guard == Link.LINKED) {
            g.merge(g.group(keyA), g.group(keyB));
        }
        return guard;
    }

    private Link guard(AliasGroups g, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return Link.SAME_KEY;
        }
        Link refusal = g.isAmbiguous(a) || g.isAmbiguous(b) ? Link.AMBIGUOUS
                : EntityKeys.isVariantPair(a, b) ? Link.VARIANT : Link.LINKED;
        if (refusal != Link.LINKED) {
            refused++;
        }
        return refusal;
    }

    /**
     * Whether the acronym's group and the long form's group may join: yes when the acronym has no long
     * form in the same script yet, else when some long form of one reads like one of the other.
     */
    private static boolean agree(AliasGroup acronymGroup, AliasGroup longGroup, String longKey) {
        Set<String> candidates = new HashSet<>(longGroup.longForms());
        candidates.add(longKey);
        boolean comparable = candidates.stream().anyMatch(c -> acronymGroup.longForms().stream()
                .anyMatch(l -> Scripts.hasHan(l) == Scripts.hasHan(c)));
        return !comparable || candidates.stream().anyMatch(acronymGroup::agreesWith);
    }

    /** A Chinese name, or a name of two or more words that is not itself acronym-shaped: a long form. */
    static boolean isLongForm(String surface) {
        return !Acronyms.isAcronymShaped(surface)
                && (Scripts.hasHan(surface) || surface.strip().split("[\\s\\-]+").length >= 2);
    }
}
