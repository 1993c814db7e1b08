package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.source.Paper;

/**
 * The application's offline extractor: v1 from the shipped weights (identity known before the
 * engine loads), or the v0 rules when configured so.
 */
class OfflineExtractorTest {

    private static Paper paper(String title, String text) {
        return new Paper("p1", title, text, List.of(), null, null, null, null, null, "en", List.of(), List.of(),
                List.of(), "text");
    }

    @Test
    void v1NamesTheShippedWeightsBeforeLoadingAndExtractsWithThem() throws Exception {
        OfflineExtractor offline = new OfflineExtractor(OfflineProperties.defaults());
        ExtractorInfo before = offline.info();

        ExtractionResult result = offline.extract(paper("Graph attention for link prediction",
                "We study link prediction in citation graphs. Our model reaches 91.2% accuracy on Cora."));

        assertThat(before.extractor()).isEqualTo("offline-v1");
        assertThat(before.model()).matches("tagger-en@[0-9a-f]{12}\\+roles-en@[0-9a-f]{12}");
        assertThat(result.info()).isEqualTo(before).isEqualTo(OfflineExtractorV1.shared().info());
        assertThat(result.extraction().results()).extracting(ResultMention::value).contains("91.2%");
    }

    @Test
    void rulesWhenConfiguredSo() throws Exception {
        OfflineExtractor offline = new OfflineExtractor(new OfflineProperties(OfflineProperties.Kind.RULES));

        ExtractionResult result = offline.extract(paper("A title", "We propose GraphNet, a new model for link prediction."));

        assertThat(offline.info()).isEqualTo(RuleExtractor.INFO);
        assertThat(result.info()).isEqualTo(RuleExtractor.INFO);
    }

    @Test
    void withoutShippedWeightsTheRulesExtract() throws Exception {
        OfflineExtractor offline = new OfflineExtractor(OfflineProperties.defaults(), null, () -> {
            throw new AssertionError("nothing to load");
        });

        assertThat(offline.info()).isEqualTo(RuleExtractor.INFO);
        assertThat(offline.extract(paper("A title", "We propose GraphNet for link prediction.")).info())
                .isEqualTo(RuleExtractor.INFO);
    }

    @Test
    void weightsThatCannotBeLoadedLeaveTheRulesExtracting() throws Exception {
        ExtractorInfo shipped = new ExtractorInfo("offline-v1", "tagger-en@000000000000+roles-en@000000000000", "x");
        OfflineExtractor offline = new OfflineExtractor(OfflineProperties.defaults(), shipped, () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("model tagger-en cannot be loaded"));
        });

        assertThat(offline.info()).isEqualTo(shipped);
        ExtractionResult result = offline.extract(paper("A title", "We propose GraphNet for link prediction."));
        assertThat(result.info()).isEqualTo(RuleExtractor.INFO);
        assertThat(offline.info()).isEqualTo(RuleExtractor.INFO);
    }
}
