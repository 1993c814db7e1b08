package org.paperkg.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;

/** Cypher against a running service's graph, for tests outside this package (which must not touch the driver). */
public final class TestGraph {

    private TestGraph() {
    }

    public static long number(ApplicationContext context, String cypher, Map<String, Object> params) {
        try (var s = context.getBean(Driver.class).session()) {
            return s.run(cypher, params).single().get(0).asLong();
        }
    }

    public static List<Object> list(ApplicationContext context, String cypher, Map<String, Object> params) {
        try (var s = context.getBean(Driver.class).session()) {
            return s.run(cypher, params).single().get(0).asList();
        }
    }
}
