package org.paperkg.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureRowsTest {

    @Test
    void idsAreStableAcrossRunsSoShippedWeightsKeepTheirMeaning() {
        int[][] rows = new FeatureRows(1 << 15).add("w", "graph").add("c3", "^graph$", 0, 3).next().add("b", "").next().build();
        // fixed values: if these change, every shipped model must be retrained
        assertThat(rows[0]).containsExactly(FeatureRowsTest.fnv("w", "graph"), FeatureRowsTest.fnv("c3", "^gr"));
        assertThat(rows[1]).containsExactly(FeatureRowsTest.fnv("b", ""));
        assertThat(rows[0][0]).isEqualTo(9_927);
    }

    @Test
    void prefixAndValueDoNotRunTogetherAndIdZeroIsNeverUsed() {
        int[][] rows = new FeatureRows(1 << 15).add("ab", "c").add("a", "bc").next().build();
        assertThat(rows[0][0]).isNotEqualTo(rows[0][1]);
        int[][] small = new FeatureRows(2).add("x", "y").add("z", "w").next().build();
        assertThat(small[0]).containsOnly(1);
    }

    /** Reference FNV-1a 64 as the class documents it. */
    static int fnv(String prefix, String value) {
        long h = 0xcbf29ce484222325L;
        for (char c : prefix.toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        h = (h ^ 0x1f) * 0x100000001b3L;
        for (char c : value.toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return 1 + (int) Long.remainderUnsigned(h, (1 << 15) - 1);
    }
}
