package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.SentenceRole;

class GoldDatasetsTest {

    static final Path GOLD = EvalFixtures.gold();

    @Test
    void sciercTokensBecomeReadableTextAndMappedCharacterSpans() {
        Dataset d = GoldDatasets.load(GOLD, "scierc", Split.DEV);
        GoldDoc doc = d.docs().get(0);
        assertThat(doc.title()).isNull();
        assertThat(doc.abstractText()).isEqualTo("We propose a graph neural network (GNN) for link prediction. The GNN improves accuracy on Cora.");
        // Generic is not mapped, so it is not gold
        assertThat(doc.mentions()).extracting(GoldMention::type, GoldMention::text).containsExactly(
                tuple(EntityType.METHOD, "graph neural network"), tuple(EntityType.METHOD, "GNN"),
                tuple(EntityType.TASK, "link prediction"), tuple(EntityType.METHOD, "GNN"),
                tuple(EntityType.METRIC, "accuracy"), tuple(EntityType.DATASET, "Cora"));
        doc.mentions().forEach(m -> assertThat(doc.headText().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(d.types()).containsExactlyInAnyOrder(EntityType.values());
        assertThat(GoldDatasets.load(GOLD, "scierc", Split.TRAIN).docs().get(0).id()).isEqualTo("t2");
    }

    @Test
    void scicnKeepsTheTitleApartAndDropsTheDocumentSharedWithTest() {
        Dataset d = GoldDatasets.load(GOLD, "scicn", Split.DEV);
        assertThat(d.docs()).extracting(GoldDoc::id).containsExactly("z1");
        GoldDoc doc = d.docs().get(0);
        assertThat(doc.lang()).isEqualTo("zh");
        assertThat(doc.title()).isEqualTo("基于小波变换的图像加密");
        assertThat(doc.abstractText()).startsWith("本文提出一种图像加密方法。");
        assertThat(doc.mentions()).extracting(GoldMention::type, GoldMention::text).containsExactly(
                tuple(EntityType.METHOD, "小波变换"), tuple(EntityType.TASK, "图像加密"), tuple(EntityType.TASK, "图像加密"));
        doc.mentions().forEach(m -> assertThat(doc.headText().substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void scirexLeavesOutTheConvertersSectionMarker() {
        GoldDoc doc = GoldDatasets.load(GOLD, "scirex_abstracts", Split.DEV).docs().get(0);
        assertThat(doc.title()).isEqualTo("Deep Parsers for Parsing");
        assertThat(doc.abstractText()).isEqualTo("We train Deep Parsers on WSJ and report F1.");
        assertThat(doc.mentions()).extracting(GoldMention::text)
                .containsExactly("Deep Parsers", "Parsing", "Deep Parsers", "WSJ", "F1");
        doc.mentions().forEach(m -> assertThat(doc.headText().substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void tdmsciDevIsEveryFifthSentenceAndTrainTheRest() {
        List<GoldDoc> dev = GoldDatasets.load(GOLD, "tdmsci", Split.DEV).docs();
        assertThat(dev).hasSize(1);
        assertThat(dev.get(0).abstractText()).isEqualTo("Named entity recognition F1 improves on CoNLL-2003 .");
        assertThat(dev.get(0).mentions()).extracting(GoldMention::type, GoldMention::text).containsExactly(
                tuple(EntityType.TASK, "Named entity recognition"), tuple(EntityType.METRIC, "F1"),
                tuple(EntityType.DATASET, "CoNLL-2003"));
        assertThat(GoldDatasets.load(GOLD, "tdmsci", Split.TRAIN).docs()).hasSize(5);
    }

    @Test
    void scierPapersAreReadWithTheirThreeTypes() {
        Dataset d = GoldDatasets.load(GOLD, "scier", Split.DEV);
        assertThat(d.types()).containsExactlyInAnyOrder(EntityType.TASK, EntityType.METHOD, EntityType.DATASET);
        assertThat(d.docs().get(0).mentions()).extracting(GoldMention::text).containsExactly("BERT", "SQuAD", "question answering");
    }

    @Test
    void roleDatasetsMapTheirLabelsOntoTheFiveRoles() {
        Dataset cs = GoldDatasets.load(GOLD, "csabstruct", Split.DEV);
        assertThat(cs.roles()).isTrue();
        assertThat(cs.docs().get(0).abstractText()).isEqualTo(
                "Graphs are everywhere. We study link prediction. Our model uses attention. It beats all baselines by 3 points.");
        assertThat(cs.docs().get(1).sentences()).extracting(GoldSentence::role).containsExactly(SentenceRole.OTHER);
        Dataset ra = GoldDatasets.load(GOLD, "raamove", Split.DEV);
        assertThat(ra.docs().get(0).sentences()).extracting(GoldSentence::role).containsExactly(SentenceRole.BACKGROUND,
                SentenceRole.BACKGROUND, SentenceRole.OBJECTIVE, SentenceRole.METHOD, SentenceRole.RESULT, SentenceRole.RESULT);
    }

    @Test
    void badInputIsNamedInTheError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> GoldDatasets.load(dir, "scierc", Split.DEV)).hasMessageContaining("scierc")
                .hasMessageContaining("does not exist");
        Files.createDirectories(dir.resolve("csabstruct"));
        Files.writeString(dir.resolve("csabstruct/dev.jsonl"), "{\"sentences\": [\"A.\"], \"labels\": [\"nonsense\"]}\n");
        assertThatThrownBy(() -> GoldDatasets.load(dir, "csabstruct", Split.DEV)).hasMessageContaining("unknown label nonsense");
        Files.writeString(dir.resolve("csabstruct/dev.jsonl"), "{not json\n");
        assertThatThrownBy(() -> GoldDatasets.load(dir, "csabstruct", Split.DEV)).hasMessageContaining("line 1 is not JSON");
        assertThatThrownBy(() -> GoldDatasets.load(dir, "raamove", Split.TRAIN)).hasMessageContaining("dev only");
        assertThatThrownBy(() -> GoldDatasets.load(dir, "nope", Split.DEV)).hasMessageContaining("unknown gold dataset 'nope'");
    }
}
