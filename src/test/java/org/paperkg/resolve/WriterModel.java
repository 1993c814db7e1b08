package org.paperkg.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The graph writer's contract with the resolver, in memory, to test that papers converge to one graph
 * in any order: entities are merged by (label, key), aliases unioned; a node of the same label stored
 * under one of an entity's alias keys is absorbed (its edges moved onto the entity, then deleted).
 * Edges are compared without evidence, results by what they link rather than by their key.
 */
final class WriterModel {

    record Node(EntityLabel label, String key) {
    }

    /** An edge as the graph holds it: from a paper ({@code fromKey} null) or from a method. */
    record Edge(String paperId, FactType type, String fromKey, String toKey) {
    }

    record Result(String paperId, String methodKey, String datasetKey, String metricKey, String value) {
    }

    private final Map<Node, Set<String>> aliases = new HashMap<>();
    private final Set<Edge> edges = new HashSet<>();
    private final Set<Result> results = new HashSet<>();

    void write(PaperGraph g) {
        for (EntityNode n : g.entities()) {
            Node node = new Node(n.label(), n.key());
            aliases.computeIfAbsent(node, k -> new TreeSet<>()).addAll(n.aliases());
            for (String alias : n.aliasKeys()) {
                Node old = new Node(n.label(), alias);
                if (!alias.equals(n.key()) && aliases.containsKey(old)) {
                    absorb(old, node);
                }
            }
        }
        for (Fact f : g.facts()) {
            edges.add(new Edge(f.type().fromPaper() ? g.paper().id() : null, f.type(), f.fromKey(), f.toKey()));
        }
        for (ResultNode r : g.results()) {
            results.add(new Result(g.paper().id(), r.methodKey(), r.datasetKey(), r.metricKey(), r.value()));
        }
    }

    private void absorb(Node old, Node into) {
        aliases.get(into).addAll(aliases.remove(old));
        Set<Edge> moved = new HashSet<>();
        for (Edge e : edges) {
            boolean target = e.type().target() == old.label() && e.toKey().equals(old.key());
            boolean source = old.label() == EntityLabel.Method && old.key().equals(e.fromKey());
            moved.add(new Edge(e.paperId(), e.type(), source ? into.key() : e.fromKey(),
                    target ? into.key() : e.toKey()));
        }
        edges.clear();
        edges.addAll(moved);
        Set<Result> movedResults = new HashSet<>();
        for (Result r : results) {
            movedResults.add(new Result(r.paperId(),
                    swap(r.methodKey(), old, EntityLabel.Method, into), swap(r.datasetKey(), old, EntityLabel.Dataset, into),
                    swap(r.metricKey(), old, EntityLabel.Metric, into), r.value()));
        }
        results.clear();
        results.addAll(movedResults);
    }

    private static String swap(String key, Node old, EntityLabel label, Node into) {
        return old.label() == label && old.key().equals(key) ? into.key() : key;
    }

    /** The graph's content: nodes with aliases, edges, results. */
    record State(Map<Node, Set<String>> nodes, Set<Edge> edges, Set<Result> results) {
    }

    State state() {
        return new State(Map.copyOf(aliases), Set.copyOf(edges), Set.copyOf(results));
    }
}
