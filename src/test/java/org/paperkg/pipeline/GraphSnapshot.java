package org.paperkg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.paperkg.graph.TestNeo4j;

/**
 * What the graph holds, by keys: every node as {@code Label:key} and every relationship as
 * {@code start -TYPE{paper or basis}-> end}, the ingest ledger left out. Display names and evidence are
 * not compared: the first name seen may differ with the order, the keys may not.
 *
 * @param nodes         node keys, sorted
 * @param relationships relationship signatures, sorted
 */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

    private static final String NODE_KEY = """
            CASE WHEN n:Paper THEN 'Paper:' + n.id + CASE WHEN n.stub THEN ' (stub)' ELSE '' END
                 WHEN n:Entity THEN n.uid
                 WHEN n:Result THEN 'Result:' + n.key
                 WHEN n:Author THEN 'Author:' + n.key
                 ELSE labels(n)[0] END""";

    static GraphSnapshot take() {
        List<Object> nodes = TestNeo4j.list("MATCH (n) WHERE NOT n:IngestRecord AND NOT n:__Neo4jMigration "
                + "RETURN collect(" + NODE_KEY + ")", Map.of());
        List<Object> rels = TestNeo4j.list("MATCH (a)-[r]->(b) WHERE NOT a:IngestRecord AND NOT a:__Neo4jMigration "
                + "WITH a, r, b CALL (a) { WITH a AS n RETURN " + NODE_KEY + " AS from } "
                + "CALL (b) { WITH b AS n RETURN " + NODE_KEY + " AS to } "
                + "RETURN collect(from + ' -' + type(r) + '{' + coalesce(r.basis, r.paper, '') + '}-> ' + to)", Map.of());
        return new GraphSnapshot(sorted(nodes), sorted(rels));
    }

    /** What this snapshot has and the other lacks, and the other way round: empty when they agree. */
    String differences(GraphSnapshot other) {
        TreeSet<String> onlyHere = new TreeSet<>(nodes);
        other.nodes.forEach(onlyHere::remove);
        TreeSet<String> onlyThere = new TreeSet<>(other.nodes);
        nodes.forEach(onlyThere::remove);
        TreeSet<String> relsHere = new TreeSet<>(relationships);
        other.relationships.forEach(relsHere::remove);
        TreeSet<String> relsThere = new TreeSet<>(other.relationships);
        relationships.forEach(relsThere::remove);
        if (onlyHere.isEmpty() && onlyThere.isEmpty() && relsHere.isEmpty() && relsThere.isEmpty()
                && nodes.size() == other.nodes.size() && relationships.size() == other.relationships.size()) {
            return "";
        }
        return "nodes only in the first: " + onlyHere + "\nnodes only in the second: " + onlyThere
                + "\nrelationships only in the first: " + relsHere + "\nrelationships only in the second: " + relsThere
                + "\ncounts: " + nodes.size() + "/" + relationships.size() + " vs " + other.nodes.size() + "/"
                + other.relationships.size();
    }

    private static List<String> sorted(List<Object> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }
}
