package org.paperkg.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/** A method mention while the rules still add to it; {@link #toMention()} freezes it. */
final class MethodDraft {

    String name;
    String acronym;
    MethodRole role;
    String evidence;
    final Set<String> extendsMethods = new LinkedHashSet<>();
    final Set<String> improvesOn = new LinkedHashSet<>();

    MethodDraft(String name, String acronym, MethodRole role, String evidence) {
        this.name = name;
        this.acronym = acronym;
        this.role = role;
        this.evidence = evidence;
    }

    /** Merges a repeat: the long form wins as the name, and the stronger role brings its evidence. */
    void merge(String otherName, String otherAcronym, MethodRole otherRole, String otherEvidence) {
        if (acronym == null && otherAcronym != null) {
            acronym = otherAcronym;
            if (!otherName.equalsIgnoreCase(otherAcronym)) {
                name = otherName;
            }
        }
        if (rank(otherRole) > rank(role)) {
            role = otherRole;
            evidence = otherEvidence;
        }
    }

    /** PROPOSED over BASELINE over USED: a paper's own method may also be used, never the reverse. */
    private static int rank(MethodRole r) {
        return switch (r) {
            case PROPOSED -> 2;
            case BASELINE -> 1;
            case USED -> 0;
        };
    }

    boolean isCalled(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(k) || (acronym != null && acronym.toLowerCase(Locale.ROOT).equals(k));
    }

    void addExtends(String other) {
        if (!isCalled(other) && extendsMethods.size() < 10) {
            extendsMethods.add(other);
        }
    }

    void addImprovesOn(String other) {
        if (!isCalled(other) && improvesOn.size() < 20) {
            improvesOn.add(other);
        }
    }

    MethodMention toMention() {
        String acr = acronym != null && acronym.equalsIgnoreCase(name) ? null : acronym;
        return new MethodMention(name, acr, role, List.copyOf(extendsMethods), List.copyOf(improvesOn), evidence);
    }
}
