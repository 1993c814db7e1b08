package org.paperkg.graph;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The ingest ledger as {@code :IngestRecord} nodes, one per locator. An unavailable database is reported
 * as a {@link GraphUnavailableException}.
 */
public final class Neo4jIngestLedger implements IngestLedger {

    private final Driver driver;
    private final CypherCatalog cypher;

    public Neo4jIngestLedger(Driver driver, CypherCatalog cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    @Override
    public Map<String, LedgerEntry> find(Collection<String> locators) {
        Map<String, LedgerEntry> found = new LinkedHashMap<>();
        if (locators.isEmpty()) {
            return found;
        }
        GraphUnavailableException.guard("reading the ledger", () -> {
            try (var session = driver.session()) {
                session.executeRead(tx -> tx.run(cypher.get("ledger/find"), Map.of("locators", List.copyOf(locators))).list())
                        .forEach(r -> {
                            LedgerEntry e = entry(r.get("r"));
                            found.put(e.locator(), e);
                        });
            }
        });
        return found;
    }

    @Override
    public void record(Collection<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = entries.stream().map(Neo4jIngestLedger::row).toList();
        GraphUnavailableException.guard("recording " + rows.size() + " ledger entries", () -> {
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher.get("ledger/record"), Map.of("entries", rows)).consume());
            }
        });
    }

    @Override
    public List<LedgerEntry> withOutcome(Outcome outcome, int limit) {
        return GraphUnavailableException.guard("reading the ledger", () -> {
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run(cypher.get("ledger/with-outcome"),
                        Map.of("outcome", outcome.name(), "limit", limit)).list(r -> entry(r.get("r"))));
            }
        });
    }

    @Override
    public long relocate(String from, String to) {
        return GraphUnavailableException.guard("moving ledger entries", () -> {
            try (var session = driver.session()) {
                return session.executeWrite(tx -> tx.run(cypher.get("ledger/relocate"), Map.of("from", from, "to", to))
                        .single().get("moved").asLong());
            }
        });
    }

    @Override
    public Map<Outcome, Long> counts() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        GraphUnavailableException.guard("reading the ledger", () -> {
            try (var session = driver.session()) {
                session.executeRead(tx -> tx.run(cypher.get("ledger/counts")).list())
                        .forEach(r -> counts.put(Outcome.valueOf(r.get("outcome").asString()), r.get("n").asLong()));
            }
        });
        return counts;
    }

    private static Map<String, Object> row(LedgerEntry e) {
        Map<String, Object> m = new HashMap<>();
        m.put("locator", e.locator());
        m.put("contentHash", e.contentHash());
        m.put("format", e.format());
        m.put("outcome", e.outcome().name());
        m.put("reason", e.reason());
        m.put("paperIds", e.paperIds());
        m.put("attempts", e.attempts());
        m.put("at", e.at().toString());
        return m;
    }

    private static LedgerEntry entry(Value v) {
        return new LedgerEntry(v.get("locator").asString(), v.get("contentHash").asString(null),
                v.get("format").asString(null), Outcome.valueOf(v.get("outcome").asString()),
                v.get("reason").asString(null), v.get("paperIds").asList(Value::asString, List.of()),
                v.get("attempts").asInt(0), Instant.parse(v.get("at").asString()));
    }
}
