package org.paperkg.eval;

/** A gold mention in token offsets, {@code [start, end)}, with its dataset label. */
record TokenSpan(int start, int end, String label) {
}
