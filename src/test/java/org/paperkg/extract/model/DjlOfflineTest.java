package org.paperkg.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DjlOfflineTest {

    private static final String ZEN5 = "flags\t\t: fpu vme sse2 avx2 avx512f avx512dq avx512_vnni\n";
    private static final String AVX2_ONLY = "flags\t\t: fpu vme sse2 avx2 fma\n";

    @Test
    void warnsOfUnrepeatableTrainingOnlyWithAvx512AndNoIsaCap() {
        assertThat(DjlOffline.unrepeatableTraining(ZEN5, null)).hasValueSatisfying(why -> assertThat(why)
                .contains("AVX-512").contains("ONEDNN_MAX_CPU_ISA=AVX2"));
        assertThat(DjlOffline.unrepeatableTraining(ZEN5, "AVX2")).isEmpty();
        assertThat(DjlOffline.unrepeatableTraining(AVX2_ONLY, null)).isEmpty();
        assertThat(DjlOffline.unrepeatableTraining("", null)).isEmpty();
    }
}
