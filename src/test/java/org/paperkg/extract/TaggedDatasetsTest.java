package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaggedDatasetsTest {

    @Test
    void keepsDatasetNamesWhereExperimentsUseThem() {
        String text = "We evaluate on ImageNet, SQuAD, CIFAR-10, COCO, WMT'14 En-De and the Penn Treebank.";
        for (String name : new String[] {"ImageNet", "SQuAD", "CIFAR-10", "COCO", "WMT'14 En-De", "Penn Treebank"}) {
            assertThat(keep(text, false, name)).as(name).isTrue();
        }
        assertThat(keep("Results on the CNN/DailyMail corpus and Tiny-ImageNet improve.", false, "DailyMail")).isTrue();
        assertThat(keep("Results on the CNN/DailyMail corpus and Tiny-ImageNet improve.", false, "Tiny-ImageNet")).isTrue();
        assertThat(keep("Reading Comprehension on SQuAD", true, "SQuAD")).isTrue();
    }

    @Test
    void dropsModelShapedNames() {
        String text = "Fast R-CNN trains VGG16 9x faster than R-CNN and beats Mask R-CNN, U-Net and a Bi-LSTM.";
        for (String name : new String[] {"R-CNN", "Mask R-CNN", "U-Net", "Bi-LSTM"}) {
            assertThat(keep(text, false, name)).as(name).isFalse();
        }
    }

    @Test
    void dropsRepositoriesInWebAddresses() {
        assertThat(keep("Code is available at https://github.com/jhkim89/PyramidNet.", false, "PyramidNet")).isFalse();
        assertThat(keep("The code is at https: // github.com / ZhiwenShao / MCNet-Extension .", false, "MCNet-Extension"))
                .isFalse();
    }

    @Test
    void capitalisedWordsOfATitleAreNoName() {
        assertThat(keep("Margin-based Parallel Corpus Mining", true, "Parallel Corpus")).isFalse();
        assertThat(keep("We mine the Parallel Corpus of the UN.", false, "Parallel Corpus")).isTrue();
    }

    /** Whether the name, tagged dataset where it first occurs in the sentence, is kept. */
    private static boolean keep(String text, boolean title, String name) {
        Sent s = Sent.of(text, title);
        int start = text.indexOf(name);
        int end = start + name.length();
        int from = -1;
        int to = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() == start) {
                from = i;
            }
            if (s.token(i).end() == end) {
                to = i + 1;
            }
        }
        assertThat(from).as("tokens of " + name).isGreaterThanOrEqualTo(0).isLessThan(to);
        return TaggedDatasets.keep(s, new TaggedSpan(EntityType.DATASET, from, to), name);
    }
}
