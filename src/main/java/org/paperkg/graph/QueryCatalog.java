package org.paperkg.graph;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named read-only queries of {@code cypher/queries/}: listed with their header comments and run by
 * name through {@link GraphReader#query} (read transactions, so a catalogue statement can never write),
 * with results turned into plain values.
 */
public final class QueryCatalog {

    /** The catalogue's folder under {@code cypher/}. */
    public static final String FOLDER = "queries";
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final CypherCatalog cypher;
    private final GraphReader reader;
    private final String folder;

    /** @param folder the folder under {@code cypher/} that holds the catalogue ({@link #FOLDER}) */
    public QueryCatalog(CypherCatalog cypher, GraphReader reader, String folder) {
        this.cypher = cypher;
        this.reader = reader;
        this.folder = folder;
    }

    public List<QueryInfo> list() {
        return cypher.names(folder).stream().map(this::info).toList();
    }

    public Optional<QueryInfo> find(String name) {
        return list().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * Runs a catalogue query.
     *
     * @throws NoSuchElementException   when there is no query of that name
     * @throws IllegalArgumentException naming a missing or unknown parameter
     */
    public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
        QueryInfo info = find(name).orElseThrow(() -> new NoSuchElementException("no query named '" + name + "'"));
        for (String p : info.parameters()) {
            if (!parameters.containsKey(p)) {
                throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p + "'");
            }
        }
        for (String p : parameters.keySet()) {
            if (!info.parameters().contains(p)) {
                throw new IllegalArgumentException("query '" + name + "' takes no parameter '" + p + "'; it takes "
                        + info.parameters());
            }
        }
        return reader.query(folder + "/" + name, parameters).stream().map(PlainValues::row).toList();
    }

    private QueryInfo info(String fullName) {
        String statement = cypher.get(fullName);
        TreeSet<String> params = new TreeSet<>();
        statement.lines().filter(l -> !l.strip().startsWith("//")).forEach(line -> {
            Matcher m = PARAMETER.matcher(line.replaceAll("'[^']*'|\"[^\"]*\"", ""));
            while (m.find()) {
                params.add(m.group(1));
            }
        });
        return new QueryInfo(fullName.substring(folder.length() + 1), cypher.header(fullName), List.copyOf(params));
    }
}
