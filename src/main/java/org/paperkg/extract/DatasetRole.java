package org.paperkg.extract;

/** What a dataset is to the paper that mentions it. */
public enum DatasetRole {
    /** built or released by the paper */
    INTRODUCED,
    /** evaluated on or trained on */
    USED
}
