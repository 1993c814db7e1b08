package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ShedLock on the graph: one holder per lock name across instances, released, extended, and expired. */
class Neo4jLockProviderTest {

    private static final CypherCatalog CYPHER = new CypherCatalog();
    private final Neo4jLockProvider here = new Neo4jLockProvider(TestNeo4j.driver(), CYPHER, "host-a/1");
    private final Neo4jLockProvider there = new Neo4jLockProvider(TestNeo4j.driver(), CYPHER, "host-b/2");

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    private static LockConfiguration config(String name, Duration atMost) {
        return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
    }

    @Test
    void aHeldLockKeepsAnotherInstanceOutUntilItIsReleased() {
        Optional<SimpleLock> first = here.lock(config("inbox-scan", Duration.ofMinutes(5)));
        assertThat(first).isPresent();

        assertThat(there.lock(config("inbox-scan", Duration.ofMinutes(5)))).isEmpty();
        assertThat(here.lock(config("inbox-scan", Duration.ofMinutes(5)))).as("not re-entrant either").isEmpty();
        assertThat(there.lock(config("stats", Duration.ofMinutes(5)))).as("other names are independent").isPresent();

        first.get().unlock();
        assertThat(there.lock(config("inbox-scan", Duration.ofMinutes(5)))).isPresent();
        assertThat(TestNeo4j.text("MATCH (l:JobLock {name: 'inbox-scan'}) RETURN l.lockedBy", Map.of())).isEqualTo("host-b/2");
    }

    @Test
    void aLockOfACrashedInstanceExpires() {
        assertThat(here.lock(config("retry", Duration.ofMinutes(5)))).isPresent();
        // the holder died without unlocking; its lock-at-most time has passed
        TestNeo4j.number("MATCH (l:JobLock {name: 'retry'}) SET l.lockUntil = datetime() - duration('PT1S') RETURN 1",
                Map.of());

        assertThat(there.lock(config("retry", Duration.ofMinutes(5)))).isPresent();
    }

    @Test
    void onlyTheHolderExtendsItsLock() {
        SimpleLock lock = here.lock(config("derive", Duration.ofMinutes(1))).orElseThrow();
        String before = TestNeo4j.text("MATCH (l:JobLock {name: 'derive'}) RETURN toString(l.lockUntil)", Map.of());

        assertThat(lock.extend(Duration.ofMinutes(10), Duration.ZERO)).isPresent();

        String after = TestNeo4j.text("MATCH (l:JobLock {name: 'derive'}) RETURN toString(l.lockUntil)", Map.of());
        assertThat(after).isGreaterThan(before);
        var storage = new Neo4jLockStorage(TestNeo4j.driver(), CYPHER, "host-b/2");
        assertThat(storage.extend(config("derive", Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void ofManyInstancesRacingForAFreeLockExactlyOneWins() throws Exception {
        int racers = 8;
        for (int round = 0; round < 3; round++) {
            String name = "race-" + round;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Neo4jLockProvider instance = new Neo4jLockProvider(TestNeo4j.driver(), CYPHER, "host-" + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return instance.lock(config(name, Duration.ofMinutes(5))).isPresent();
                }));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(winners).as("round %d", round).isEqualTo(1);
        }
    }

    @Test
    void aReleasedLockThatWasFreedByExpiryIsNotReleasedByItsFormerHolder() {
        SimpleLock old = here.lock(config("reextract", Duration.ofMinutes(5))).orElseThrow();
        TestNeo4j.number("MATCH (l:JobLock {name: 'reextract'}) SET l.lockUntil = datetime() - duration('PT1S') RETURN 1",
                Map.of());
        assertThat(there.lock(config("reextract", Duration.ofMinutes(5)))).isPresent();

        old.unlock(); // late: the lock belongs to the other instance now

        assertThat(here.lock(config("reextract", Duration.ofMinutes(5)))).isEmpty();
    }
}
