package org.paperkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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

    /** The names ({@code folder/file}, without {@code .cypher}) of the statements in a folder, in name order. */
    public List<String> names(String folder) {
        if (!folder.matches("[a-z0-9][a-z0-9/_-]*")) {
            throw new IllegalArgumentException("not a Cypher folder name: " + folder);
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(CypherCatalog.class.getClassLoader())
                    .getResources("classpath*:cypher/" + folder + "/*.cypher")) {
                String file = r.getFilename();
                if (file != null && file.matches("[a-z0-9][a-z0-9_-]*\\.cypher")) {
                    names.add(folder + "/" + file.substring(0, file.length() - ".cypher".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cypher/" + folder, e);
        }
        return List.copyOf(names);
    }

    /** Same as {@link #names}: the statements of a folder, numbered files in their order. */
    public List<String> list(String folder) {
        return names(folder);
    }

    /** The leading comment lines of a statement, without the {@code //} markers: what it is for and its parameters. */
    public String header(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : get(name).split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("//")) {
                break;
            }
            lines.add(t.substring(2).strip());
        }
        return String.join("\n", lines).strip();
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
