package org.paperkg.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Runs every statement file of a {@code cypher/} folder in name order, each file in its own write
 * transaction, with the same parameters, and says what each changed. A file may hold several
 * statements, each ending with {@code ;} at the end of a line; they share the file's transaction.
 * A failing file rolls back alone: the files before it stay applied, the ones after it still run.
 */
public final class CypherFolderRunner {

    /** What one file did: its counters, or why it failed. */
    public record FileResult(String name, Map<String, Long> counts, String error) {
    }

    private final Driver driver;
    private final CypherCatalog cypher;

    public CypherFolderRunner(Driver driver, CypherCatalog cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public List<FileResult> run(String folder, Map<String, Object> params) {
        return cypher.names(folder).stream().map(name -> runFile(name, params)).toList();
    }

    private FileResult runFile(String name, Map<String, Object> params) {
        try (var session = driver.session()) {
            Map<String, Long> counts = session.executeWrite(tx -> {
                Map<String, Long> sum = new LinkedHashMap<>();
                for (String statement : statements(cypher.get(name))) {
                    add(sum, tx.run(statement, params).consume().counters());
                }
                return sum;
            });
            return new FileResult(name, counts, null);
        } catch (RuntimeException e) {
            return new FileResult(name, Map.of(), e.getMessage());
        }
    }

    static List<String> statements(String text) {
        return java.util.Arrays.stream(text.split(";[ \\t]*(\\R|$)")).map(String::strip)
                .filter(s -> !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))).toList();
    }

    private static void add(Map<String, Long> sum, SummaryCounters c) {
        put(sum, "nodesCreated", c.nodesCreated());
        put(sum, "nodesDeleted", c.nodesDeleted());
        put(sum, "relationshipsCreated", c.relationshipsCreated());
        put(sum, "relationshipsDeleted", c.relationshipsDeleted());
        put(sum, "propertiesSet", c.propertiesSet());
    }

    private static void put(Map<String, Long> sum, String key, int n) {
        if (n > 0) {
            sum.merge(key, (long) n, Long::sum);
        }
    }
}
