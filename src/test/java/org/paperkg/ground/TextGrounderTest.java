package org.paperkg.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Summary;
import org.paperkg.extract.TaskMention;
import org.paperkg.source.Paper;
import org.paperkg.source.Section;

class TextGrounderTest {

    private static final ExtractorInfo LLM = new ExtractorInfo("llm", "Qwen/Qwen3-8B", "p1");
    private final TextGrounder grounder = new TextGrounder();

    static Paper paper(String title, String abstractText, Section... sections) {
        return new Paper("doi:10.1/test", title, abstractText, null, null, null, null, null, null, null, null,
                List.of(sections), null, "jsonl");
    }

    static ExtractionResult of(List<TaskMention> tasks, List<MethodMention> methods, List<DatasetMention> datasets,
            List<ResultMention> results) {
        return new ExtractionResult(new Extraction(Summary.EMPTY, tasks, methods, datasets, results), LLM);
    }

    static ExtractionResult methods(MethodMention... methods) {
        return of(List.of(), List.of(methods), List.of(), List.of());
    }

    static MethodMention method(String name, String acronym, String evidence) {
        return new MethodMention(name, acronym, MethodRole.PROPOSED, List.of(), List.of(), evidence);
    }

    @Test
    void fullWidthLettersDigitsAndPunctuationMatchTheirAsciiForms() {
        Paper p = paper(null, "本研究提出ＧＡＴ－ＤＴＡ模型（图神经网络）。该模型在ＡＵＲＯＣ指标上提升了５．７％。");
        GroundedExtraction g = grounder.ground(p, of(List.of(),
                List.of(method("GAT-DTA", null, "本研究提出GAT-DTA模型(图神经网络)。")),
                List.of(),
                List.of(new ResultMention("AUROC", "+5.7%", null, "GAT-DTA", "该模型在AUROC指标上提升了5.7%。"))));
        assertThat(g.dropped()).isEmpty();
        Extraction e = g.result().extraction();
        assertThat(e.methods()).singleElement().extracting(MethodMention::evidence)
                .isEqualTo("本研究提出GAT-DTA模型(图神经网络)。"); // found after folding, so kept as given
        assertThat(e.results()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("+5.7%"); // the sign from 提升 may be absent from the text
            assertThat(r.method()).isEqualTo("GAT-DTA");
        });
    }

    @Test
    void lineBreakHyphenationCaseAndWhitespaceAreFolded() {
        Paper p = paper("Cluster-\nGCN: training deep graph networks",
                "We present graph atten-\ntion networks, which outperform the VR–GCN baseline.");
        GroundedExtraction g = grounder.ground(p, methods(
                method("Graph Attention Networks", null, "We present graph attention networks, which outperform"),
                method("Cluster-GCN", null, "Cluster-GCN: training deep graph networks"),
                new MethodMention("VR-GCN", null, MethodRole.BASELINE, List.of(), List.of(), "the VR-GCN   baseline")));
        assertThat(g.dropped()).isEmpty();
        assertThat(g.result().extraction().methods()).hasSize(3);
    }

    @Test
    void chineseTextWithLineBreaksInsideWordsMatches() {
        Paper p = paper(null, "我们构建了新数据集 DrugInteract-v1,用于药物\n靶点预测。");
        GroundedExtraction g = grounder.ground(p, of(List.of(new TaskMention("药物靶点预测", "用于药物靶点预测")),
                List.of(), List.of(new DatasetMention("DrugInteract-v1", DatasetRole.INTRODUCED, "构建了新数据集DrugInteract-v1")),
                List.of()));
        assertThat(g.dropped()).isEmpty();
        assertThat(g.result().extraction().tasks()).hasSize(1);
    }

    @Test
    void anAcronymInTheTextKeepsAMethodWhoseLongFormIsNot() {
        Paper p = paper(null, "Our GATs outperform prior methods on Cora.");
        GroundedExtraction g = grounder.ground(p, methods(method("Graph Attention Network Model", "GAT", "Our GATs outperform")));
        MethodMention m = g.result().extraction().methods().get(0);
        assertThat(m.name()).isEqualTo("GAT");
        assertThat(m.acronym()).isNull();
        assertThat(g.dropped()).containsExactly("method:Graph Attention Network Model (name not in text; kept as GAT)");
    }

    @Test
    void entitiesAbsentFromTheTextAreDroppedAndCounted() {
        Paper p = paper("Graph Attention Networks", "We present graph attention networks (GATs). "
                + "GAT reaches 83.0% accuracy on Cora.");
        ExtractionResult r = of(
                List.of(new TaskMention("node classification", "We present graph attention networks (GATs).")),
                List.of(new MethodMention("graph attention networks", "GAT", MethodRole.PROPOSED, List.of("GraphSAGE"),
                                List.of("GCN"), "We present graph attention networks (GATs)."),
                        method("FakeNet", null, "We present FakeNet.")),
                List.of(new DatasetMention("Cora", DatasetRole.USED, "on Cora"),
                        new DatasetMention("ImageNet", DatasetRole.USED, "on ImageNet")),
                List.of(new ResultMention("accuracy", "83.0%", "Cora", "FakeNet", "GAT reaches 83.0% accuracy on Cora."),
                        new ResultMention("accuracy", "93.0%", "Cora", null, "GAT reaches 93.0% accuracy"),
                        new ResultMention("F1", "83.0%", null, null, "F1 of 83.0%"),
                        new ResultMention("accuracy", "83.0%", "ImageNet", "GAT", "made up")));
        GroundedExtraction g = grounder.ground(p, r);
        Extraction e = g.result().extraction();

        assertThat(g.dropped()).containsExactlyInAnyOrder(
                "task:node classification (not in text)",
                "extends:GraphSAGE of method:graph attention networks (not in text)",
                "improvesOn:GCN of method:graph attention networks (not in text)",
                "method:FakeNet (not in text)",
                "dataset:ImageNet (not in text)",
                "method:FakeNet of result:accuracy=83.0% (not in text)",
                "result:accuracy=93.0% (value not in text)",
                "result:F1=83.0% (metric not in text)",
                "dataset:ImageNet of result:accuracy=83.0% (not in text)");
        assertThat(g.droppedCount()).isEqualTo(9);
        assertThat(e.tasks()).isEmpty();
        assertThat(e.methods()).singleElement().satisfies(m -> {
            assertThat(m.acronym()).isEqualTo("GAT"); // "GATs" in the text
            assertThat(m.extendsMethods()).isEmpty();
            assertThat(m.improvesOn()).isEmpty();
        });
        assertThat(e.datasets()).extracting(DatasetMention::name).containsExactly("Cora");
        assertThat(e.results()).extracting(ResultMention::method, ResultMention::dataset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "Cora"),
                        org.assertj.core.groups.Tuple.tuple("GAT", null));
        assertThat(e.results().get(1).evidence()).isEqualTo("GAT reaches 83.0% accuracy on Cora.");
        assertThat(g.result().info()).isEqualTo(LLM);
    }

    @Test
    void evidenceNotInTheTextIsReplacedByTheSentenceWithTheName() {
        Paper p = paper(null, "Graphs are everywhere. Here we present GraphSAGE, a general inductive framework. It is fast.");
        GroundedExtraction g = grounder.ground(p, methods(method("GraphSAGE", null, "GraphSAGE is the best model ever.")));
        assertThat(g.dropped()).isEmpty();
        assertThat(g.result().extraction().methods().get(0).evidence())
                .isEqualTo("Here we present GraphSAGE, a general inductive framework.");
    }

    @Test
    void wordsAndNumbersMatchOnlyWhole() {
        Paper p = paper(null, "We fine-tune RoBERTa and gain 15.7% on SQuAD.");
        GroundedExtraction g = grounder.ground(p, of(List.of(),
                List.of(method("BERT", null, "We fine-tune RoBERTa")), List.of(),
                List.of(new ResultMention("F1", "5.7%", null, null, "gain 15.7%"))));
        assertThat(g.dropped()).containsExactly("method:BERT (not in text)", "result:F1=5.7% (metric not in text)");
    }

    @Test
    void sectionsCountAsText() {
        Paper p = paper("A title", "An abstract.", new Section("Experiments", "We evaluate on the Pubmed dataset."));
        GroundedExtraction g = grounder.ground(p, of(List.of(), List.of(),
                List.of(new DatasetMention("Pubmed", DatasetRole.USED, null)), List.of()));
        assertThat(g.dropped()).isEmpty();
        assertThat(g.result().extraction().datasets().get(0).evidence()).isEqualTo("We evaluate on the Pubmed dataset.");
    }
}
