package org.paperkg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.paperkg.resolve.PaperGraph;

/**
 * The records the writer stores for a set of papers (paper and result nodes, every relationship with
 * the same properties), written by bare {@code CREATE} statements: no key lookups, no merges, no
 * clearing, no schema index on the labels used. No writer of this graph model can be faster on the
 * same machine, so it is the floor a write benchmark is read against. The nodes the edges end at
 * (entities, authors, cited papers) are made first by {@link #prepare}, outside any timing.
 */
final class RecordFloor {

    private final Driver driver;
    private final int batchSize;
    private final Map<String, String> targets = new HashMap<>();

    RecordFloor(Driver driver, int batchSize) {
        this.driver = driver;
        this.batchSize = batchSize;
    }

    /** Creates one node per entity, author and cited paper the papers link to. */
    void prepare(List<PaperGraph> papers) {
        Set<String> keys = new LinkedHashSet<>();
        forEachBatch(papers, rows -> {
            rows.authors.forEach(p -> rowsOf(p).forEach(a -> keys.add("a:" + a.get("key"))));
            rows.entities.forEach(e -> keys.add((String) e.get("uid")));
            rows.citations.forEach(p -> rowsOf(p).forEach(c -> keys.add("p:" + c.get("targetId"))));
        });
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("UNWIND $keys AS k CREATE (n:FloorTarget {k: k}) RETURN k, elementId(n) AS id",
                    Map.of("keys", List.copyOf(keys))).list())
                    .forEach(r -> targets.put(r.get("k").asString(), r.get("id").asString()));
        }
    }

    /** Writes the papers' records, a batch per transaction. */
    void write(List<PaperGraph> papers) {
        forEachBatch(papers, rows -> {
            List<Map<String, Object>> edges = new ArrayList<>();
            List<Map<String, Object>> results = new ArrayList<>();
            rows.authors.forEach(p -> rowsOf(p).forEach(a -> edges.add(edge("a:" + a.get("key"), p.get("id"),
                    "WROTE", Map.of("position", a.get("position"))))));
            rows.facts.forEach(p -> rowsOf(p).forEach(f -> edges.add(edge((String) f.get("uid"), p.get("id"),
                    (String) f.get("type"), f.get("props")))));
            rows.citations.forEach(p -> rowsOf(p).forEach(c -> edges.add(edge("p:" + c.get("targetId"), p.get("id"),
                    "CITES", Map.of("paper", p.get("id"))))));
            rows.results.forEach(p -> rowsOf(p).forEach(r -> {
                List<Map<String, Object>> measures = new ArrayList<>();
                Map.of("method", "OF", "dataset", "ON", "metric", "MEASURED_BY").forEach((k, type) -> {
                    if (r.get(k) != null) {
                        measures.add(Map.of("to", targets.get((String) r.get(k)), "type", type));
                    }
                });
                Map<String, Object> node = new HashMap<>(r);
                node.keySet().removeAll(List.of("method", "dataset", "metric", "props"));
                results.add(new HashMap<>(Map.of("paper", p.get("id"), "node", node, "props", r.get("props"),
                        "measures", measures)));
            }));
            List<Map<String, Object>> links = rows.links.stream().map(l -> Map.of("from", targets.get((String) l.get("from")),
                    "to", targets.get((String) l.get("to")), "type", l.get("type"), "props", l.get("props"))).toList();
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> {
                    Map<String, String> ids = new HashMap<>();
                    tx.run("UNWIND $papers AS row CREATE (p:FloorPaper) SET p = row.props, p.id = row.id "
                            + "RETURN row.id AS id, elementId(p) AS node", Map.of("papers", rows.papers))
                            .forEachRemaining(r -> ids.put(r.get("id").asString(), r.get("node").asString()));
                    edges.forEach(e -> e.put("paper", ids.get((String) e.get("paper"))));
                    results.forEach(r -> r.put("paper", ids.get((String) r.get("paper"))));
                    tx.run("UNWIND $edges AS e MATCH (p) WHERE elementId(p) = e.paper MATCH (x) WHERE elementId(x) = e.to "
                            + "CREATE (p)-[r:$(e.type)]->(x) SET r = e.props", Map.of("edges", edges)).consume();
                    tx.run("UNWIND $links AS e MATCH (a) WHERE elementId(a) = e.from MATCH (b) WHERE elementId(b) = e.to "
                            + "CREATE (a)-[r:$(e.type)]->(b) SET r = e.props", Map.of("links", links)).consume();
                    tx.run("UNWIND $results AS row MATCH (p) WHERE elementId(p) = row.paper "
                            + "CREATE (p)-[rep:REPORTS]->(res:FloorResult) SET res = row.node, rep = row.props "
                            + "WITH res, row UNWIND row.measures AS m MATCH (x) WHERE elementId(x) = m.to "
                            + "CREATE (res)-[r:$(m.type)]->(x) SET r.paper = row.node.paper",
                            Map.of("results", results)).consume();
                });
            }
        });
    }

    private Map<String, Object> edge(String target, Object paper, String type, Object props) {
        Map<String, Object> e = new HashMap<>();
        e.put("to", targets.get(target));
        e.put("paper", paper);
        e.put("type", type);
        e.put("props", props);
        return e;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rowsOf(Map<String, Object> perPaper) {
        return (List<Map<String, Object>>) perPaper.get("rows");
    }

    private void forEachBatch(List<PaperGraph> papers, Consumer<PaperRows> work) {
        Instant at = Instant.now();
        for (int from = 0; from < papers.size(); from += batchSize) {
            List<PaperGraph> batch = papers.subList(from, Math.min(papers.size(), from + batchSize));
            Map<String, String> hashes = new HashMap<>();
            batch.forEach(g -> hashes.put(g.paper().id(), PaperRows.contentHash(g)));
            work.accept(new PaperRows(batch, at, hashes));
        }
    }
}
