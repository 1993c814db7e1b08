package org.paperkg.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.paperkg.resolve.PaperGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes papers in batches: each batch is one transaction of a few {@code UNWIND} statements from
 * {@code cypher/write/}. If a batch fails, its papers are written one per transaction, so one bad paper
 * costs only itself. Writes are serialized: a single writer keeps entity merges free of lock races,
 * and batching is what makes it fast. An unavailable database is no paper's fault: it ends the write
 * with a {@link GraphUnavailableException} instead of failing papers one by one.
 */
public final class Neo4jGraphWriter implements GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(Neo4jGraphWriter.class);

    private final Driver driver;
    private final CypherCatalog cypher;
    private final int batchSize;
    private final Clock clock;
    private final GraphDerivation derivation;
    /** When the oldest write not yet derived from began, or {@code null} when all are derived. */
    private Instant underived;

    public Neo4jGraphWriter(Driver driver, CypherCatalog cypher, int batchSize, Clock clock) {
        this.driver = driver;
        this.cypher = cypher;
        this.batchSize = batchSize;
        this.clock = clock;
        this.derivation = new GraphDerivation(driver, cypher);
    }

    @Override
    public synchronized WriteReport write(List<PaperGraph> papers) {
        List<String> written = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Instant since = clock.instant();
        for (int from = 0; from < papers.size(); from += batchSize) {
            List<PaperGraph> batch = dedupe(papers.subList(from, Math.min(papers.size(), from + batchSize)));
            try {
                writeInOneTransaction(batch);
                batch.forEach(g -> written.add(g.paper().id()));
            } catch (Neo4jException e) {
                log.warn("Batch of {} papers failed ({}); writing them one by one", batch.size(), e.getMessage());
                for (PaperGraph g : batch) {
                    try {
                        writeInOneTransaction(List.of(g));
                        written.add(g.paper().id());
                    } catch (Neo4jException single) {
                        failed.put(g.paper().id(), "graph write failed: " + single.getMessage());
                    }
                }
            }
        }
        if (!written.isEmpty() && underived == null) {
            underived = since;
        }
        return new WriteReport(written, failed);
    }

    @Override
    public synchronized void deriveWritten() {
        if (underived == null) {
            return;
        }
        try {
            derivation.run(underived);
            underived = null;
        } catch (Neo4jException e) {
            log.warn("Deriving edges for papers written since {} failed (the derive job will catch up): {}", underived,
                    e.getMessage());
        }
    }

    /** The last write of a paper id in a batch wins, as it would in sequence. */
    private static List<PaperGraph> dedupe(List<PaperGraph> batch) {
        Map<String, PaperGraph> byId = new LinkedHashMap<>();
        batch.forEach(g -> byId.put(g.paper().id(), g));
        return List.copyOf(byId.values());
    }

    private void writeInOneTransaction(List<PaperGraph> batch) {
        Instant at = clock.instant();
        Map<String, String> hashes = new HashMap<>();
        batch.forEach(g -> hashes.put(g.paper().id(), PaperRows.contentHash(g)));
        GraphUnavailableException.guard("writing " + batch.size() + " papers", () -> {
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> {
                    Map<String, Stored> stored = stored(tx, hashes.keySet());
                    List<PaperGraph> changed = new ArrayList<>();
                    List<String> cleared = new ArrayList<>(); // a new paper or a stub has nothing to clear
                    for (PaperGraph g : batch) {
                        String id = g.paper().id();
                        Stored s = stored.getOrDefault(id, Stored.NONE);
                        if (!s.has(hashes.get(id))) {
                            changed.add(g);
                            if (s.written()) {
                                cleared.add(id);
                            }
                        }
                    }
                    if (!changed.isEmpty()) {
                        write(tx, new PaperRows(changed, at, hashes), cleared);
                    }
                });
            }
        });
    }

    /**
     * What the graph holds of these papers now. A paper written before with the content it would store
     * now is left as it is: rewriting it would change nothing but its timestamps, and skipping it is what
     * makes re-running an unchanged corpus cheap.
     */
    private Map<String, Stored> stored(TransactionContext tx, Set<String> ids) {
        Map<String, Stored> stored = new HashMap<>();
        tx.run(cypher.get("write/paper-hashes"), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> stored.put(
                r.get("id").asString(), new Stored(r.get("contentHash").asString(null), r.get("stub").asBoolean())));
        return stored;
    }

    /** A stored paper: the content hash of its last write ({@code null} before hashes), or a stub. */
    private record Stored(String contentHash, boolean stub) {
        /** A paper not in the graph at all: nothing to keep, nothing to clear, as for a stub. */
        static final Stored NONE = new Stored(null, true);

        boolean has(String hash) {
            return hash.equals(contentHash);
        }

        boolean written() {
            return !stub;
        }
    }

    /** @param cleared the papers among them that were written before, whose old statements go first */
    private void write(TransactionContext tx, PaperRows rows, List<String> cleared) {
        Set<String> entityUids = new HashSet<>();
        Set<String> citedIds = new HashSet<>();
        Set<String> authorKeys = new HashSet<>();
        // The upsert comes first because it write-locks each paper: a concurrent write of the same paper
        // (another instance) then waits, and the clear below sees all it committed. The statements after
        // the clear create the papers' edges outright, which is safe only on a cleared paper.
        run(tx, "write/paper-upsert", "papers", rows.papers);
        tx.run(cypher.get("write/paper-clear"), Map.of("ids", cleared)).forEachRemaining(r -> {
            entityUids.addAll(r.get("entityUids").asList(v -> v.isNull() ? null : v.asString()));
            citedIds.addAll(r.get("citedIds").asList(v -> v.isNull() ? null : v.asString()));
            authorKeys.addAll(r.get("authorKeys").asList(v -> v.isNull() ? null : v.asString()));
        });
        run(tx, "write/paper-adopt-stubs", "papers", rows.paperKeys);
        run(tx, "write/authors", "authors", rows.authors);
        run(tx, "write/entities-merge", "entities", rows.entities);
        run(tx, "write/entities-absorb", "absorb", rows.absorb);
        run(tx, "write/facts-paper", "facts", rows.facts);
        run(tx, "write/facts-entity", "links", rows.links);
        run(tx, "write/results", "results", rows.results);
        run(tx, "write/citations", "citations", rows.citations);
        entityUids.remove(null);
        citedIds.remove(null);
        authorKeys.remove(null);
        tx.run(cypher.get("write/orphans-delete"), Map.of("entityUids", List.copyOf(entityUids),
                "paperIds", List.copyOf(citedIds), "authorKeys", List.copyOf(authorKeys))).consume();
    }

    private void run(TransactionContext tx, String statement, String parameter, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(cypher.get(statement), Map.of(parameter, rows)).consume();
        }
    }
}
