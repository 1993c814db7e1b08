package org.paperkg.extract;

import java.util.List;

/** A JSON document is not a valid extraction; {@link #violations()} says why, one line per problem. */
public class InvalidExtractionException extends IllegalArgumentException {

    private final transient List<String> violations;

    public InvalidExtractionException(List<String> violations) {
        super("not a valid extraction: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
