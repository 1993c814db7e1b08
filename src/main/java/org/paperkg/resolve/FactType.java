package org.paperkg.resolve;

/** Relationship types of extracted facts. Paper facts start at the paper; the rest link entities. */
public enum FactType {
    ADDRESSES(EntityLabel.Task, true),
    PROPOSES(EntityLabel.Method, true),
    USES(EntityLabel.Method, true),
    COMPARES_TO(EntityLabel.Method, true),
    INTRODUCES(EntityLabel.Dataset, true),
    EVALUATES_ON(EntityLabel.Dataset, true),
    EXTENDS(EntityLabel.Method, false),
    IMPROVES_ON(EntityLabel.Method, false),
    VARIANT_OF(EntityLabel.Method, false),
    APPLIED_TO(EntityLabel.Task, false);

    private final EntityLabel target;
    private final boolean fromPaper;

    FactType(EntityLabel target, boolean fromPaper) {
        this.target = target;
        this.fromPaper = fromPaper;
    }

    public EntityLabel target() {
        return target;
    }

    /** True for edges that start at the paper, false for edges between methods (or method and task). */
    public boolean fromPaper() {
        return fromPaper;
    }
}
