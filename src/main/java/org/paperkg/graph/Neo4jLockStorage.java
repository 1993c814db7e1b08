package org.paperkg.graph;

import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import org.neo4j.driver.Driver;

/** ShedLock's storage operations as the Cypher statements of {@code cypher/jobs/lock-*.cypher}. */
final class Neo4jLockStorage extends AbstractStorageAccessor {

    private final Driver driver;
    private final CypherCatalog cypher;
    private final String lockedBy;

    Neo4jLockStorage(Driver driver, CypherCatalog cypher, String lockedBy) {
        this.driver = driver;
        this.cypher = cypher;
        this.lockedBy = lockedBy;
    }

    @Override
    public boolean insertRecord(LockConfiguration config) {
        return write("jobs/lock-insert", Map.of("name", config.getName(),
                "lockAtMostMs", config.getLockAtMostFor().toMillis(), "lockedBy", lockedBy,
                "token", UUID.randomUUID().toString()), "created");
    }

    @Override
    public boolean updateRecord(LockConfiguration config) {
        return write("jobs/lock-update", Map.of("name", config.getName(),
                "lockAtMostMs", config.getLockAtMostFor().toMillis(), "lockedBy", lockedBy), "taken");
    }

    @Override
    public boolean extend(LockConfiguration config) {
        return write("jobs/lock-extend", Map.of("name", config.getName(),
                "lockAtMostMs", config.getLockAtMostFor().toMillis(), "lockedBy", lockedBy), "extended");
    }

    @Override
    public void unlock(LockConfiguration config) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get("jobs/lock-release"), Map.of("name", config.getName(),
                    "lockAtLeastMs", config.getLockAtLeastFor().toMillis(), "lockedBy", lockedBy)).consume());
        }
    }

    /** Runs a one-row statement and reads its flag (a boolean, or a count that is 1 when it worked). */
    private boolean write(String statement, Map<String, Object> params, String column) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Object value = tx.run(cypher.get(statement), params).single().get(column).asObject();
                return value instanceof Boolean b ? b : ((Number) value).longValue() > 0;
            });
        }
    }
}
