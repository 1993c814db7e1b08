package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperkg.resolve.TestPapers.method;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Summary;
import org.paperkg.extract.TaskMention;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;

class CanonicalResolverTest {

    private static final String S1 = "We present graph attention networks (GATs), which extend GCN and beat GraphSAGE.";
    private static final String S2 = "A graph attention network reaches 83.0% accuracy on the Cora dataset.";
    private static final String S3 = "We compare with BERT-large and Qwen3-8B and release DrugInteract-v1.";

    private final CanonicalResolver resolver = new CanonicalResolver(AliasDirectory.withCuratedAliases());

    private static PaperGraph resolveSample(CanonicalResolver r) {
        Extraction e = new Extraction(new Summary("problem", "method", "results", "data"),
                List.of(new TaskMention("node classification", S1), new TaskMention("Node Classification", S2)),
                List.of(method("graph attention networks", "GAT", MethodRole.PROPOSED, List.of("GCN", "GATs"),
                                List.of("GCN", "GraphSAGE"), S1),
                        method("GCN", null, MethodRole.BASELINE, List.of(), List.of(), S1),
                        method("GraphSAGE", null, MethodRole.BASELINE, List.of(), List.of(), S1),
                        method("graph attention network", null, MethodRole.USED, List.of(), List.of(), S2),
                        method("BERT-large", null, MethodRole.BASELINE, List.of(), List.of(), S3),
                        method("Qwen3-8B", null, MethodRole.BASELINE, List.of(), List.of(), S3)),
                List.of(new DatasetMention("Cora", DatasetRole.USED, S2),
                        new DatasetMention("Cora dataset", DatasetRole.USED, S2),
                        new DatasetMention("DrugInteract-v1", DatasetRole.INTRODUCED, S3)),
                List.of(new ResultMention("accuracy", "83.0%", "Cora", "graph attention network", S2),
                        new ResultMention("Accuracy", "83%", "Cora dataset", "GAT", S2),
                        new ResultMention("F1", "92.3 F1", null, null, S2),
                        new ResultMention(" ", "1", null, null, S2)));
        Paper p = TestPapers.paper("arxiv:x", S1 + " " + S2 + " " + S3);
        return r.resolve(p, new GroundedExtraction(new ExtractionResult(e, TestPapers.INFO), List.of("method:Foo")));
    }

    @Test
    void oneEntityPerThingSortedWithEverySurfaceForm() {
        PaperGraph g = resolveSample(resolver);
        assertThat(g.entities()).extracting(EntityNode::label, EntityNode::key).containsExactly(
                tuple(EntityLabel.Task, "node-classification"),
                tuple(EntityLabel.Method, "bert"), tuple(EntityLabel.Method, "bert-large"),
                tuple(EntityLabel.Method, "gat"), tuple(EntityLabel.Method, "gcn"),
                tuple(EntityLabel.Method, "graphsage"), tuple(EntityLabel.Method, "qwen"),
                tuple(EntityLabel.Method, "qwen-3"), tuple(EntityLabel.Method, "qwen-3-8b"),
                tuple(EntityLabel.Dataset, "cora"), tuple(EntityLabel.Dataset, "druginteract-v1"),
                tuple(EntityLabel.Metric, "accuracy"), tuple(EntityLabel.Metric, "f1"));
        EntityNode gat = g.entities().stream().filter(n -> n.key().equals("gat")).findFirst().orElseThrow();
        assertThat(gat.name()).isEqualTo("graph attention networks");
        assertThat(gat.acronym()).isEqualTo("GAT");
        assertThat(gat.aliases()).containsExactly("GAT", "GATs", "graph attention network", "graph attention networks");
        assertThat(gat.aliasKeys()).contains("graph-attention-network", "图注意力网络").doesNotContain("gat");
        assertThat(g.entities()).filteredOn(n -> n.key().equals("qwen-3")).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("Qwen3"));
    }

    @Test
    void factsFromRolesLineageAndVariantsEachOnceAndSorted() {
        PaperGraph g = resolveSample(resolver);
        assertThat(g.facts()).extracting(Fact::type, Fact::fromKey, Fact::toKey).containsExactly(
                tuple(FactType.ADDRESSES, null, "node-classification"),
                tuple(FactType.PROPOSES, null, "gat"),
                tuple(FactType.USES, null, "gat"),
                tuple(FactType.COMPARES_TO, null, "bert-large"), tuple(FactType.COMPARES_TO, null, "gcn"),
                tuple(FactType.COMPARES_TO, null, "graphsage"), tuple(FactType.COMPARES_TO, null, "qwen-3-8b"),
                tuple(FactType.INTRODUCES, null, "druginteract-v1"),
                tuple(FactType.EVALUATES_ON, null, "cora"),
                tuple(FactType.EXTENDS, "gat", "gcn"), // "GATs" is GAT itself: no loop
                tuple(FactType.IMPROVES_ON, "gat", "gcn"), tuple(FactType.IMPROVES_ON, "gat", "graphsage"),
                tuple(FactType.VARIANT_OF, "bert-large", "bert"), tuple(FactType.VARIANT_OF, "qwen-3", "qwen"),
                tuple(FactType.VARIANT_OF, "qwen-3-8b", "qwen-3"),
                tuple(FactType.APPLIED_TO, "gat", "node-classification"));
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.EVALUATES_ON).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo(S2));
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.VARIANT_OF && f.fromKey().equals("bert-large"))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo(S3));
    }

    @Test
    void resultsKeyedParsedAndCarried() {
        PaperGraph g = resolveSample(resolver);
        assertThat(g.results()).containsExactly(
                new ResultNode("arxiv:x|gat|cora|accuracy", "83.0%", 83.0, "%", "gat", "cora", "accuracy", S2),
                new ResultNode("arxiv:x|||f1", "92.3 F1", 92.3, null, null, null, "f1", S2));
        assertThat(g.summary().researchProblem()).isEqualTo("problem");
        assertThat(g.info()).isEqualTo(TestPapers.INFO);
        assertThat(g.dropped()).isEqualTo(1);
        assertThat(g.factCount()).isEqualTo(g.facts().size() + 2);
    }

    @Test
    void sameInputSameOutputAndSortedLists() {
        PaperGraph a = resolveSample(resolver);
        assertThat(resolveSample(resolver)).isEqualTo(a);
        assertThat(resolveSample(new CanonicalResolver(AliasDirectory.withCuratedAliases()))).isEqualTo(a);
        assertThat(a.results()).isSortedAccordingTo(Comparator.comparing(ResultNode::key));
    }

    @Test
    void aPaperKeepsItsOwnMeaningOfAnAmbiguousAcronym() {
        AliasDirectory d = AliasDirectory.withCuratedAliases();
        String text = "We train with Sharpness-Aware Minimization (SAM). SAM improves on SGD.";
        Extraction e = TestPapers.extraction(List.of(),
                List.of(method("SAM", null, MethodRole.PROPOSED, List.of(), List.of("SGD"), text)), List.of(), List.of());
        PaperGraph g = new CanonicalResolver(d).resolve(TestPapers.paper("arxiv:sam", text), TestPapers.grounded(e));
        assertThat(g.facts()).extracting(Fact::type, Fact::fromKey, Fact::toKey).contains(
                tuple(FactType.PROPOSES, null, "sharpness-aware-minimization"),
                tuple(FactType.IMPROVES_ON, "sharpness-aware-minimization", "sgd"));
        EntityNode sam = g.entities().stream().filter(n -> n.key().equals("sharpness-aware-minimization")).findFirst()
                .orElseThrow();
        assertThat(sam.aliases()).contains("SAM", "Sharpness-Aware Minimization");
        assertThat(sam.aliasKeys()).doesNotContain("sam"); // a bare "SAM" elsewhere stays its own node
        assertThat(d.resolve(EntityLabel.Method, "SAM")).isEqualTo("sam");
    }

    @Test
    void aMentionAcronymThatItsNameDoesNotSpellIsNoAlias() {
        AliasDirectory d = new AliasDirectory();
        String text = "We use a message passing network.";
        Extraction e = TestPapers.extraction(List.of(),
                List.of(method("message passing network", "XYZ", MethodRole.USED, List.of(), List.of(), text)),
                List.of(), List.of());
        new CanonicalResolver(d).resolve(TestPapers.paper("arxiv:m", text), TestPapers.grounded(e));
        assertThat(d.resolve(EntityLabel.Method, "XYZ")).isEqualTo("xyz");
        assertThat(d.resolve(EntityLabel.Method, "message passing network")).isEqualTo("message-passing-network");
    }
}
