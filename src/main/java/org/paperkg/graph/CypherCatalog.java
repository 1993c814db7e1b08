package org.paperkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher statements by name, from {@code cypher/<name>.cypher} on the classpath (the repository's
 * top-level {@code cypher/} folder). Statements live in files so they can be read, reviewed and run in
 * Neo4j Browser as they are; a missing file is a packaging error and fails loudly.
 */
public final class CypherCatalog {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The statement stored as {@code cypher/<name>.cypher}, without its leading comment lines. */
    public String get(String name) {
        return cache.computeIfAbsent(name, CypherCatalog::load);
    }

    /** True if {@code cypher/<name>.cypher} exists. */
    public boolean has(String name) {
        return CypherCatalog.class.getClassLoader().getResource(resource(name)) != null;
    }

    private static String load(String name) {
        if (!name.matches("[a-z0-9][a-z0-9/_-]*")) {
            throw new IllegalArgumentException("not a Cypher file name: " + name);
        }
        try (InputStream in = CypherCatalog.class.getClassLoader().getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher file " + resource(name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(name), e);
        }
    }

    private static String resource(String name) {
        return "cypher/" + name + ".cypher";
    }
}
