package org.paperkg.extract;

/** What a method is to the paper that mentions it. */
public enum MethodRole {
    /** the paper's own contribution */
    PROPOSED,
    /** used as a component or tool */
    USED,
    /** compared against */
    BASELINE
}
