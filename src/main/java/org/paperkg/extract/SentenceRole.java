package org.paperkg.extract;

import java.util.Locale;

/** The rhetorical role of a sentence in an abstract (the CSAbstruct label set). */
public enum SentenceRole {
    BACKGROUND, OBJECTIVE, METHOD, RESULT, OTHER;

    /** The lower-case label used in data files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower- or upper-case label. */
    public static SentenceRole of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sentence role '" + label + "'", e);
        }
    }
}
