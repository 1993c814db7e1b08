package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void chineseWithEnglishTermsIsChinese() {
        assertThat(Languages.detect("本研究提出一种新型药物靶点预测模型(GAT-DTA),在AUROC指标上平均提升了5.7%。")).isEqualTo("zh");
    }

    @Test
    void englishQuotingAChineseNameIsEnglish() {
        assertThat(Languages.detect("We evaluate on the CSL corpus, whose name in Chinese is 中文科学文献 and which "
                + "holds abstracts of papers from many disciplines and journals in several fields."))
                .isEqualTo("en");
    }

    @Test
    void emptyAndNullAreEnglish() {
        assertThat(Languages.detect("")).isEqualTo("en");
        assertThat(Languages.detect(null)).isEqualTo("en");
        assertThat(Languages.detect("12.5%")).isEqualTo("en");
    }
}
