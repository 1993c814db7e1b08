package org.paperkg.extract.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the hashed feature ids of a sequence, one row per position, without materialising feature
 * strings: each feature is a prefix naming its kind plus a value, hashed with 64-bit FNV-1a (stable
 * across JVMs and platforms, unlike {@code String.hashCode} mixing) into {@code [1, buckets)}; id 0
 * is left for padding. Not thread-safe; one per sequence.
 */
public final class FeatureRows {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int buckets;
    private final List<int[]> rows = new ArrayList<>();
    private int[] row = new int[32];
    private int size;

    public FeatureRows(int buckets) {
        this.buckets = buckets;
    }

    /** Adds the feature {@code prefix + value} to the current position. */
    public FeatureRows add(String prefix, CharSequence value) {
        return add(prefix, value, 0, value.length());
    }

    /** Adds the feature {@code prefix + value[from, to)} to the current position. */
    public FeatureRows add(String prefix, CharSequence value, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = 0; i < prefix.length(); i++) {
            h = (h ^ prefix.charAt(i)) * FNV_PRIME;
        }
        h = (h ^ 0x1f) * FNV_PRIME; // separator, so ("ab","c") and ("a","bc") differ
        for (int i = from; i < to; i++) {
            h = (h ^ value.charAt(i)) * FNV_PRIME;
        }
        if (size == row.length) {
            row = Arrays.copyOf(row, size * 2);
        }
        row[size++] = 1 + (int) Long.remainderUnsigned(h, buckets - 1);
        return this;
    }

    /** Ends the current position and starts the next. */
    public FeatureRows next() {
        rows.add(Arrays.copyOf(row, size));
        size = 0;
        return this;
    }

    /** The rows of all ended positions. */
    public int[][] build() {
        return rows.toArray(new int[0][]);
    }
}
