package org.paperkg.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.EntityNode;

/** Reads through read transactions, so a statement of the catalogue can never write. */
public final class Neo4jGraphReader implements GraphReader {

    private final Driver driver;
    private final CypherCatalog cypher;

    public Neo4jGraphReader(Driver driver, CypherCatalog cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    @Override
    public GraphStats stats() {
        Map<String, Long> nodes = new HashMap<>();
        Map<String, Long> rels = new HashMap<>();
        for (Map<String, Object> row : query("read/stats", Map.of())) {
            Map<String, Long> into = "node".equals(row.get("kind")) ? nodes : rels;
            long n = ((Number) row.get("n")).longValue();
            if (n > 0) {
                into.put((String) row.get("name"), n);
            }
        }
        long stubs = ((Number) query("read/stub-count", Map.of()).get(0).get("n")).longValue();
        return new GraphStats(nodes, rels, stubs);
    }

    @Override
    public List<EntityNode> entities() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("read/entities")).list(r -> new EntityNode(
                    EntityLabel.valueOf(r.get("label").asString()), r.get("key").asString(), r.get("name").asString(),
                    r.get("acronym").asString(null), r.get("aliases").asList(Value::asString), List.of())));
        }
    }

    @Override
    public List<Map<String, Object>> query(String name, Map<String, Object> parameters) {
        String statement = cypher.get(name);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(statement, parameters).list(r -> r.asMap()));
        }
    }
}
