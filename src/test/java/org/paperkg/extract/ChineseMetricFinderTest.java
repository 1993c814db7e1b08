package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseMetricFinderTest {

    private static List<String> metrics(String text) {
        return ChineseMetricFinder.find(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void findsRatesErrorsAndQualitiesByName() {
        assertThat(metrics("该方法的召回率和F1值均高于基线，均方根误差下降。")).containsExactly("召回率", "F1值", "均方根误差");
        assertThat(metrics("提高了系统的鲁棒性和实时性")).containsExactly("鲁棒性", "实时性");
        assertThat(ChineseMetricFinder.find("本文研究图像分割问题。")).isEmpty();
    }

    @Test
    void aMeasuringHeadTakesWhatItMeasuresFromTheWordsBeforeIt() {
        assertThat(metrics("实验表明定位精度提高了12%")).containsExactly("定位精度");
        assertThat(metrics("有效提高了分类准确率")).containsExactly("分类准确率");
        // a verb or particle before the head is not part of the name; nor one character alone
        assertThat(metrics("算法的精度较高")).containsExactly("精度");
        assertThat(metrics("显著降低了时间复杂度")).containsExactly("时间复杂度");
    }

    @Test
    void aBareHeadThatIsNoMetricAloneIsLeftOut() {
        assertThat(metrics("在较短时间内完成")).isEmpty();
        assertThat(metrics("收敛速度更快")).containsExactly("收敛速度");
    }

    @Test
    void aRateTakesWhatItRatesAndTheNumberAfterIt() {
        String s = "人脸识别率达到98.5%";
        assertThat(metrics(s)).containsExactly("人脸识别率");
        assertThat(ChineseMetricFinder.find(s)).extracting(ChineseTermFinder.Term::type).containsExactly(EntityType.METRIC);
        assertThat(ChineseResultRules.valueNear(s, 0, 5)).isEqualTo("98.5%");
        assertThat(ChineseResultRules.valueNear("95%的准确率", 4, 7)).isEqualTo("95%");
    }
}
