package org.paperkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.Summary;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.EntityNode;
import org.paperkg.resolve.Fact;
import org.paperkg.resolve.FactType;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.ResultNode;
import org.paperkg.source.Paper;

/**
 * Builds one resolved paper by hand, as the resolver would hand it to the writer: entities are
 * registered by key on first mention, facts carry a made-up evidence sentence.
 */
public final class PaperGraphBuilder {

    private final Paper paper;
    private final Map<String, EntityNode> entities = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<ResultNode> results = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();

    /** A paper whose id is {@code doi:<doi>}, so citations can find it by DOI. */
    public PaperGraphBuilder(String doi, String title, Integer year) {
        this.paper = GraphFixtures.paper("doi:" + doi, title, year, doi);
    }

    /** Registers a method with its acronym (and the acronym as an alias) before facts name it by key. */
    public PaperGraphBuilder method(String key, String name, String acronym) {
        entities.put("Method:" + key, new EntityNode(EntityLabel.Method, key, name, acronym,
                acronym == null ? List.of(name) : List.of(name, acronym), List.of()));
        return this;
    }

    public PaperGraphBuilder proposes(String key, String name) {
        return paperFact(FactType.PROPOSES, EntityLabel.Method, key, name);
    }

    public PaperGraphBuilder uses(String key, String name) {
        return paperFact(FactType.USES, EntityLabel.Method, key, name);
    }

    public PaperGraphBuilder comparesTo(String key, String name) {
        return paperFact(FactType.COMPARES_TO, EntityLabel.Method, key, name);
    }

    public PaperGraphBuilder addresses(String task) {
        return paperFact(FactType.ADDRESSES, EntityLabel.Task, task, task);
    }

    public PaperGraphBuilder evaluatesOn(String key, String name) {
        return paperFact(FactType.EVALUATES_ON, EntityLabel.Dataset, key, name);
    }

    /** A stated method-to-method fact (EXTENDS, IMPROVES_ON, VARIANT_OF) between registered methods. */
    public PaperGraphBuilder states(FactType type, String fromKey, String toKey, String toName) {
        entity(EntityLabel.Method, toKey, toName);
        facts.add(new Fact(type, fromKey, toKey, fromKey + " " + type + " " + toKey + "."));
        return this;
    }

    public PaperGraphBuilder result(String method, String dataset, String metric, String value, double number) {
        entity(EntityLabel.Metric, metric.toLowerCase(java.util.Locale.ROOT), metric);
        results.add(new ResultNode(String.join("|", paper.id(), method, dataset, metric.toLowerCase(java.util.Locale.ROOT)),
                value, number, value.endsWith("%") ? "%" : null, method, dataset, metric.toLowerCase(java.util.Locale.ROOT),
                method + " reaches " + value + "."));
        return this;
    }

    /** Cites the paper with that DOI, ingested or not. */
    public PaperGraphBuilder cites(String doi) {
        citations.add(new Citation("doi:" + doi, null, null, doi, null, null));
        return this;
    }

    public PaperGraph build() {
        return new PaperGraph(paper, Summary.EMPTY, List.copyOf(entities.values()), facts, results, citations,
                GraphFixtures.RULES, 0);
    }

    private PaperGraphBuilder paperFact(FactType type, EntityLabel label, String key, String name) {
        entity(label, key, name);
        facts.add(new Fact(type, null, key, paper.title() + " " + type + " " + name + "."));
        return this;
    }

    private void entity(EntityLabel label, String key, String name) {
        entities.putIfAbsent(label + ":" + key, new EntityNode(label, key, name, null, List.of(name), List.of()));
    }
}
