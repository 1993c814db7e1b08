package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTermFinderTest {

    private static List<String> terms(String text, EntityType type) {
        return ChineseTermFinder.find(text).stream().filter(t -> t.type() == type)
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void termsRunBackFromTheirHeadToAFunctionWordOrVerb() {
        String s = "本文提出一种基于遗传算法的图像分割方法，并用支持向量机解决人脸识别问题。";
        assertThat(terms(s, EntityType.METHOD)).containsExactly("遗传算法", "图像分割方法", "支持向量机");
        assertThat(terms(s, EntityType.TASK)).containsExactly("人脸识别问题");
    }

    @Test
    void aHeadWithNothingBeforeItIsAPointerNotAName() {
        assertThat(ChineseTermFinder.find("该算法优于此方法。")).isEmpty();
        assertThat(terms("神经网络很有效", EntityType.METHOD)).containsExactly("神经网络");
    }

    @Test
    void latinNamesAreMethodsUnlessMetricsAndDatasetsEndInTheirHeads() {
        String s = "在MNIST数据集上，CNN的PSNR和F1均提高。";
        assertThat(ChineseTermFinder.find(s)).extracting(ChineseTermFinder.Term::type, t -> s.substring(t.start(), t.end()))
                .containsExactly(tuple(EntityType.DATASET, "MNIST数据集"), tuple(EntityType.METHOD, "CNN"));
    }

    @Test
    void aMethodCoversTheTaskInsideIt() {
        assertThat(terms("采用人脸识别技术", EntityType.TASK)).isEmpty();
        assertThat(terms("采用人脸识别技术", EntityType.METHOD)).containsExactly("人脸识别技术");
    }

    @Test
    void termsStartAtTheStartOfALatinWord() {
        String s = "采用Hilbert-Huang变换提取特征，信噪比提高了20dB。";
        assertThat(terms(s, EntityType.METHOD)).containsExactly("Hilbert-Huang变换");
    }
}
