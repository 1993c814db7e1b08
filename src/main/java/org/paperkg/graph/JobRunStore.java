package org.paperkg.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job runs as {@code :JobRun} nodes: recorded when a run starts and again when it ends, listed newest
 * first, and pruned to a bounded history per job. Counts are kept as one JSON text property because
 * Neo4j properties cannot hold maps.
 */
public final class JobRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() {
    };

    private final Driver driver;
    private final CypherCatalog cypher;

    public JobRunStore(Driver driver, CypherCatalog cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public void started(JobRun run) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", run.id());
        row.put("job", run.job());
        row.put("trigger", run.trigger());
        row.put("instance", run.instance());
        row.put("status", run.status());
        row.put("startedAt", Times.iso(run.startedAt()));
        write("jobs/run-start", Map.of("run", row));
    }

    public void finished(JobRun run) {
        write("jobs/run-finish", Map.of("id", run.id(), "status", run.status(), "endedAt", Times.iso(run.endedAt()),
                "counts", JSON.writeValueAsString(run.counts()), "errors", run.errors()));
    }

    /** The latest runs, newest first, of one job or of all ({@code job} null). */
    public List<JobRun> recent(String job, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("job", job);
        params.put("limit", limit);
        return read("jobs/runs-recent", params);
    }

    public Optional<JobRun> find(String id) {
        return read("jobs/run-by-id", Map.of("id", id)).stream().findFirst();
    }

    /** When the latest successful run of the job started. */
    public Optional<java.time.Instant> lastSuccessStart(String job) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("jobs/run-last-success"), Map.of("job", job)).list())
                    .stream().findFirst().map(r -> Times.parse(r.get("startedAt").asString()));
        }
    }

    /** Deletes all but the newest {@code keep} finished runs of the job; returns how many went. */
    public long prune(String job, int keep) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher.get("jobs/runs-prune"), Map.of("job", job, "keep", keep))
                    .single().get("deleted").asLong());
        }
    }

    private void write(String statement, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(statement), params).consume());
        }
    }

    private List<JobRun> read(String statement, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(statement), params).list(r -> run(r.get("run"))));
        }
    }

    private static JobRun run(Value v) {
        String counts = v.get("counts").asString(null);
        return new JobRun(v.get("id").asString(), v.get("job").asString(), v.get("trigger").asString(null),
                v.get("instance").asString(null), v.get("status").asString(), Times.parse(v.get("startedAt").asString()),
                Times.parse(v.get("endedAt").asString(null)), counts == null ? Map.of() : JSON.readValue(counts, COUNTS),
                v.get("errors").asList(Value::asString, List.of()));
    }
}
