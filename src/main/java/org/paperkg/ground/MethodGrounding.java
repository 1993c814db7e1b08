package org.paperkg.ground;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.MethodMention;

/**
 * Grounds the methods of one extraction. A method stays when its name or its acronym is in the
 * text; a name that is not, with an acronym that is, gives way to the acronym. The methods it
 * extends or improves on stay only if they are in the text too.
 */
final class MethodGrounding {

    private final SourceText text;
    private final List<String> dropped;
    private final Set<String> droppedNames = new HashSet<>();

    MethodGrounding(SourceText text, List<String> dropped) {
        this.text = text;
        this.dropped = dropped;
    }

    List<MethodMention> ground(List<MethodMention> methods) {
        List<MethodMention> kept = new ArrayList<>();
        for (MethodMention m : methods) {
            MethodMention g = ground(m);
            if (g == null) {
                droppedNames.add(TextGrounder.key(m.name()));
                if (m.acronym() != null) {
                    droppedNames.add(TextGrounder.key(m.acronym()));
                }
            } else {
                kept.add(g);
            }
        }
        return kept;
    }

    /** Names (and acronyms) of the methods dropped, lower case, to null references to them. */
    Set<String> droppedNames() {
        return droppedNames;
    }

    private MethodMention ground(MethodMention m) {
        String label = "method:" + m.name();
        boolean nameFound = m.name() != null && text.hasName(m.name());
        boolean acronymFound = m.acronym() != null && text.hasName(m.acronym());
        if (!nameFound && !acronymFound) {
            dropped.add(label + " (not in text)");
            return null;
        }
        String name = m.name();
        String acronym = m.acronym();
        if (!nameFound) {
            dropped.add(label + " (name not in text; kept as " + acronym + ")");
            name = acronym;
            acronym = null;
        } else if (m.acronym() != null && !acronymFound) {
            dropped.add("acronym:" + m.acronym() + " of " + label + " (not in text)");
            acronym = null;
        }
        List<String> ext = related(m.extendsMethods(), "extends:", label);
        List<String> imp = related(m.improvesOn(), "improvesOn:", label);
        String evidence = TextGrounder.evidence(text, m.evidence(), name);
        return new MethodMention(name, acronym, m.role(), ext, imp, evidence);
    }

    private List<String> related(List<String> names, String kind, String of) {
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            if (text.hasName(n)) {
                kept.add(n);
            } else {
                dropped.add(kind + n + " of " + of + " (not in text)");
            }
        }
        return kept;
    }
}
