package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.resolve.TestPapers.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.TaskMention;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;

/**
 * Papers resolved and written in every order give one graph. Six papers, 720 orders, a directory that
 * starts empty so every link is learned from the papers: some state a pair ("graph attention networks
 * (GATs)", "图注意力网络（GAT）", "图同构网络（graph isomorphism network, GIN）"), others write one name only.
 */
class OrderIndependenceTest {

    record Input(Paper paper, GroundedExtraction extraction) {
    }

    static List<Input> papers() {
        List<Input> out = new ArrayList<>();
        String a = "We present graph attention networks (GATs), which outperform GCNs for node classification,"
                + " reaching 83.0% accuracy on Cora.";
        out.add(input("arxiv:a", a, TestPapers.extraction(List.of(new TaskMention("node classification", a)),
                List.of(method("graph attention networks", "GAT", MethodRole.PROPOSED, List.of(), List.of("GCN"), a)),
                List.of(new DatasetMention("Cora", DatasetRole.USED, a)),
                List.of(new ResultMention("accuracy", "83.0%", "Cora", "GAT", a)))));
        String b = "We apply a graph attention network to protein graphs and compare it with GraphSAGE.";
        out.add(input("arxiv:b", b, TestPapers.extraction(List.of(),
                List.of(method("graph attention network", null, MethodRole.USED, List.of(), List.of(), b),
                        method("GraphSAGE", null, MethodRole.BASELINE, List.of(), List.of(), b)), List.of(), List.of())));
        String c = "本文提出图同构网络（graph isomorphism network, GIN），并与图注意力网络进行比较。";
        out.add(input("sha256:c", c, TestPapers.extraction(List.of(),
                List.of(method("图同构网络", null, MethodRole.PROPOSED, List.of(), List.of("图注意力网络"), c)),
                List.of(), List.of())));
        String d = "图注意力网络（GAT）在节点分类上表现良好。";
        out.add(input("sha256:d", d, TestPapers.extraction(List.of(new TaskMention("节点分类", d)),
                List.of(method("图注意力网络", "GAT", MethodRole.USED, List.of(), List.of(), d)), List.of(), List.of())));
        String e = "We evaluate GIN and BERT-large on molecule graphs.";
        out.add(input("arxiv:e", e, TestPapers.extraction(List.of(),
                List.of(method("GIN", null, MethodRole.USED, List.of(), List.of(), e),
                        method("BERT-large", null, MethodRole.USED, List.of(), List.of(), e)), List.of(), List.of())));
        String f = "Graph isomorphism networks achieve 90.1% accuracy on MUTAG.";
        out.add(input("arxiv:f", f, TestPapers.extraction(List.of(),
                List.of(method("graph isomorphism networks", null, MethodRole.USED, List.of(), List.of(), f)),
                List.of(new DatasetMention("MUTAG", DatasetRole.USED, f)),
                List.of(new ResultMention("accuracy", "90.1%", "MUTAG", "graph isomorphism networks", f)))));
        return out;
    }

    private static Input input(String id, String text, org.paperkg.extract.Extraction e) {
        return new Input(TestPapers.paper(id, text), TestPapers.grounded(e));
    }

    @Test
    void everyOrderWrittenAsResolvedGivesOneGraph() {
        check(AliasDirectory::new, 1);
    }

    @Test
    void ordersGiveOneGraphWithTheCuratedAliasesToo() {
        check(AliasDirectory::withCuratedAliases, 7); // every 7th order: the curated groups change no outcome here
    }

    @Test
    void aRestartedProcessLearnsFromTheStoredGraph() {
        List<Input> inputs = papers();
        CanonicalResolver before = new CanonicalResolver(new AliasDirectory());
        WriterModel graph = new WriterModel();
        inputs.forEach(in -> graph.write(before.resolve(in.paper(), in.extraction())));
        // a writer that keeps names only (no alias keys) is enough to rebuild the groups
        List<EntityNode> snapshot = graph.state().nodes().entrySet().stream()
                .map(n -> new EntityNode(n.getKey().label(), n.getKey().key(), n.getKey().key(), null,
                        List.copyOf(n.getValue()), List.of()))
                .toList();
        AliasDirectory restarted = new AliasDirectory();
        restarted.load(snapshot);
        CanonicalResolver after = new CanonicalResolver(restarted);
        for (Input in : inputs) {
            assertThat(after.resolve(in.paper(), in.extraction()).entities()).extracting(EntityNode::key)
                    .isEqualTo(before.resolve(in.paper(), in.extraction()).entities().stream().map(EntityNode::key)
                            .toList());
        }
        assertThat(restarted.resolve(EntityLabel.Method, "图同构网络")).isEqualTo("gin");
    }

    private static void check(Supplier<AliasDirectory> directories, int step) {
        List<Input> inputs = papers();
        WriterModel.State first = null;
        Map<String, PaperGraph> firstSecondPass = null;
        List<List<Input>> orders = permutations(inputs);
        for (int i = 0; i < orders.size(); i += step) {
            List<Input> order = orders.get(i);
            AliasDirectory directory = directories.get();
            CanonicalResolver resolver = new CanonicalResolver(directory);
            WriterModel graph = new WriterModel();
            for (Input in : order) {
                graph.write(resolver.resolve(in.paper(), in.extraction()));
            }
            // once every paper is resolved, the directory is the same whatever the order: a second pass
            // gives the same graphs, paper by paper
            Map<String, PaperGraph> secondPass = new HashMap<>();
            inputs.forEach(in -> secondPass.put(in.paper().id(), resolver.resolve(in.paper(), in.extraction())));
            if (first == null) {
                first = graph.state();
                firstSecondPass = secondPass;
                assertConverged(first);
            } else {
                assertThat(graph.state()).as("order %s", ids(order)).isEqualTo(first);
                assertThat(secondPass).as("order %s", ids(order)).isEqualTo(firstSecondPass);
            }
        }
    }

    /** What the one graph must be: one node per thing, lineage on the canonical keys. */
    private static void assertConverged(WriterModel.State s) {
        List<String> methods = s.nodes().keySet().stream().filter(n -> n.label() == EntityLabel.Method)
                .map(WriterModel.Node::key).sorted().toList();
        assertThat(methods).containsExactly("bert", "bert-large", "gat", "gcn", "gin", "graphsage");
        assertThat(s.edges()).contains(new WriterModel.Edge(null, FactType.IMPROVES_ON, "gin", "gat"),
                new WriterModel.Edge(null, FactType.IMPROVES_ON, "gat", "gcn"),
                new WriterModel.Edge(null, FactType.VARIANT_OF, "bert-large", "bert"),
                new WriterModel.Edge("arxiv:b", FactType.USES, null, "gat"),
                new WriterModel.Edge("sha256:c", FactType.PROPOSES, null, "gin"));
        assertThat(s.results()).contains(new WriterModel.Result("arxiv:f", "gin", "mutag", "accuracy", "90.1%"));
        assertThat(s.nodes().get(new WriterModel.Node(EntityLabel.Method, "gat")))
                .contains("GAT", "graph attention network", "graph attention networks", "图注意力网络");
    }

    private static String ids(List<Input> order) {
        return order.stream().map(i -> i.paper().id()).collect(Collectors.joining(","));
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> withHead = new ArrayList<>();
                withHead.add(head);
                withHead.addAll(p);
                out.add(withHead);
            }
        }
        return out;
    }
}
