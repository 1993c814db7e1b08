package org.paperkg.eval;

/** A character range {@code [start, end)}; an unlocated prediction has {@code start = end = -1}. */
record Span(int start, int end) {

    static final Span UNLOCATED = new Span(-1, -1);

    boolean located() {
        return start >= 0;
    }

    int overlap(Span o) {
        return located() && o.located() ? Math.max(0, Math.min(end, o.end) - Math.max(start, o.start)) : 0;
    }

    int length() {
        return end - start;
    }
}
