package org.paperkg.graph;

import java.util.List;
import java.util.Map;
import org.paperkg.resolve.EntityNode;

/** Reads what the graph holds, for summaries, the resolver and the API. */
public interface GraphReader {

    GraphStats stats();

    /** Every stored entity with its names. */
    List<EntityNode> entities();

    /** Runs a read-only statement of the catalogue ({@code cypher/<name>.cypher}) with parameters. */
    List<Map<String, Object>> query(String name, Map<String, Object> parameters);
}
