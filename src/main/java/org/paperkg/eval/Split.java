package org.paperkg.eval;

/** Which part of a gold dataset to read. Test splits are never read. */
public enum Split {
    TRAIN, DEV
}
