package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/**
 * What a graph holds, independent of write order and timestamps: every node as its labels and key, every
 * relationship as its type and end keys (sorted lists, so a node or edge written twice shows twice), and
 * the ledger's outcome per input. Two runs over the same inputs that end in equal fingerprints lost
 * nothing and wrote nothing twice.
 *
 * @param nodes         {@code Label[:Label]/key}, sorted, the schema history and the ledger left out
 * @param relationships {@code from -TYPE-> to}, sorted
 * @param ledger        outcome (skipped counted as ingested) and paper ids per input locator
 */
public record GraphFingerprint(List<String> nodes, List<String> relationships, Map<String, String> ledger) {

    private static final String VISIBLE = "NOT n:IngestRecord AND none(l IN labels(n) WHERE l STARTS WITH '__')";
    private static final String KEY = "coalesce(%1$s.id, %1$s.key, %1$s.uid, '?')";

    /** Reads the fingerprint of the database behind this driver. */
    public static GraphFingerprint of(Driver driver) {
        try (var s = driver.session()) {
            List<String> nodes = new ArrayList<>(s.run("MATCH (n) WHERE " + VISIBLE + " RETURN labels(n) AS labels, "
                    + "coalesce(n.stub, false) AS stub, " + KEY.formatted("n") + " AS key").list(r ->
                    String.join(":", r.get("labels").asList(v -> v.asString()).stream().filter(l -> !l.equals("Entity"))
                            .sorted().toList()) + (r.get("stub").asBoolean() ? "(stub)" : "") + "/" + r.get("key").asString()));
            List<String> rels = new ArrayList<>(s.run("MATCH (n)-[r]->(m) WHERE " + VISIBLE + " AND "
                    + VISIBLE.replace("n:", "m:").replace("labels(n)", "labels(m)") + " RETURN "
                    + KEY.formatted("n") + " + ' -' + type(r) + '-> ' + " + KEY.formatted("m") + " AS k")
                    .list(r -> r.get("k").asString()));
            Map<String, String> ledger = new TreeMap<>();
            // skipped means ingested earlier: both say the input landed
            s.run("MATCH (r:IngestRecord) RETURN r.locator AS l, CASE r.outcome WHEN 'SKIPPED' THEN 'INGESTED' "
                    + "ELSE r.outcome END AS o, r.paperIds AS ids").list().forEach(r ->
                    ledger.put(r.get("l").asString(), r.get("o").asString() + " " + r.get("ids").asList()));
            nodes.sort(null);
            rels.sort(null);
            return new GraphFingerprint(List.copyOf(nodes), List.copyOf(rels), ledger);
        }
    }

    /** The same graph, the ledger left out (for runs whose inputs lay in different folders). */
    public GraphFingerprint withoutLedger() {
        return new GraphFingerprint(nodes, relationships, Map.of());
    }

    /**
     * What this graph has that {@code expected} lacks and the other way round, empty when they are the
     * same: assert on it, so a failure names the nodes, relationships and ledger entries that differ.
     */
    public String differencesFrom(GraphFingerprint expected) {
        StringBuilder out = new StringBuilder();
        describe(out, "nodes", nodes, expected.nodes);
        describe(out, "relationships", relationships, expected.relationships);
        describe(out, "ledger entries", ledger.entrySet().stream().map(Object::toString).toList(),
                expected.ledger.entrySet().stream().map(Object::toString).toList());
        return out.toString();
    }

    private static void describe(StringBuilder out, String what, List<String> actual, List<String> expected) {
        List<String> extra = minus(actual, expected);
        List<String> missing = minus(expected, actual);
        if (!extra.isEmpty()) {
            out.append(what).append(" not expected: ").append(extra).append('\n');
        }
        if (!missing.isEmpty()) {
            out.append(what).append(" missing: ").append(missing).append('\n');
        }
    }

    /** {@code a} without one occurrence of each element of {@code b} (duplicates count). */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** Node and relationship counts, for messages. */
    @Override
    public String toString() {
        return nodes.size() + " nodes, " + relationships.size() + " relationships, " + ledger.size() + " ledger entries";
    }
}
