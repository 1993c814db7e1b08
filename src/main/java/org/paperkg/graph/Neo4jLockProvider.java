package org.paperkg.graph;

import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.neo4j.driver.Driver;

/**
 * ShedLock's lock provider on this graph: one {@code :JobLock} node per lock name, taken and released
 * in write transactions with the database's clock. ShedLock ships no provider for the Neo4j driver that
 * Spring Boot 4 uses, so the storage part is here; the locking logic is ShedLock's own.
 */
public final class Neo4jLockProvider extends StorageBasedLockProvider {

    /**
     * @param lockedBy names this app instance in the lock record (host and process)
     */
    public Neo4jLockProvider(Driver driver, CypherCatalog cypher, String lockedBy) {
        super(new Neo4jLockStorage(driver, cypher, lockedBy));
    }
}
