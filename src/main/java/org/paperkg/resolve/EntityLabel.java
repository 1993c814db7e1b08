package org.paperkg.resolve;

/** The labels of extracted entity nodes; each has a uniqueness constraint on {@code key}. */
public enum EntityLabel {
    Task, Method, Dataset, Metric
}
