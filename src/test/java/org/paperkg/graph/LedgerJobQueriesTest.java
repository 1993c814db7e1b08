package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger statements the jobs use: relocation after a move, retries due with growing waits, failure reasons. */
class LedgerJobQueriesTest {

    private static final CypherCatalog CYPHER = new CypherCatalog();
    private final Neo4jIngestLedger ledger = new Neo4jIngestLedger(TestNeo4j.driver(), CYPHER);
    private final Neo4jGraphReader reader = new Neo4jGraphReader(TestNeo4j.driver(), CYPHER);
    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    private static LedgerEntry entry(String locator, Outcome outcome, String reason, int attempts, Instant at) {
        return new LedgerEntry(locator, "hash-" + locator, "jsonl", outcome, reason, List.of(), attempts, at);
    }

    @Test
    void aMovedFileTakesItsRecordsAlongAndReplacesStaleEntriesAtItsNewPath() {
        ledger.record(List.of(entry("/in/a.jsonl", Outcome.FAILED, "1 of 2 records not ingested", 1, now),
                entry("/in/a.jsonl#1", Outcome.INGESTED, null, 1, now),
                entry("/in/a.jsonl#2", Outcome.FAILED, "no abstract", 1, now),
                entry("/in/a.jsonl2", Outcome.INGESTED, null, 1, now),
                entry("/failed/a.jsonl", Outcome.FAILED, "an older file of that name", 3, now),
                entry("/failed/a.jsonl#7", Outcome.FAILED, "old record", 3, now)));

        assertThat(ledger.relocate("/in/a.jsonl", "/failed/a.jsonl")).isEqualTo(3);

        assertThat(ledger.find(List.of("/failed/a.jsonl", "/failed/a.jsonl#1", "/failed/a.jsonl#2", "/failed/a.jsonl#7",
                "/in/a.jsonl", "/in/a.jsonl2")).keySet())
                .containsExactlyInAnyOrder("/failed/a.jsonl", "/failed/a.jsonl#1", "/failed/a.jsonl#2", "/in/a.jsonl2");
        assertThat(ledger.find(List.of("/failed/a.jsonl")).get("/failed/a.jsonl").reason())
                .isEqualTo("1 of 2 records not ingested");
    }

    @Test
    void retriesComeDueAfterAWaitThatGrowsWithEachAttemptUpToTheCap() {
        ledger.record(List.of(
                entry("/a-first-attempt-2min-ago", Outcome.PENDING, "LLM server unreachable", 1, now.minusSeconds(120)),
                entry("/b-second-attempt-2min-ago", Outcome.FAILED, "not a PDF", 2, now.minusSeconds(120)),
                entry("/c-second-attempt-5min-ago", Outcome.FAILED, "not a PDF", 2, now.minusSeconds(300)),
                entry("/d-fourth-attempt-long-ago", Outcome.PENDING, "Grobid unavailable", 4, now.minusSeconds(20_000)),
                entry("/e-fifth-attempt-long-ago", Outcome.PENDING, "Grobid unavailable", 5, now.minusSeconds(90_000)),
                entry("/f-ingested", Outcome.INGESTED, null, 1, now.minusSeconds(90_000)),
                entry("/g.jsonl#3", Outcome.FAILED, "a record", 1, now.minusSeconds(90_000))));

        // waits: 60 s × 4^(attempts − 1), at most 6 h: 1 min, 4 min, 16 min, 64 min → capped 6 h stays 64 min
        assertThat(due(5, 6 * 3600)).containsExactly("/d-fourth-attempt-long-ago", "/c-second-attempt-5min-ago",
                "/a-first-attempt-2min-ago");
        assertThat(due(6, 6 * 3600)).as("a higher cap lets the fifth attempt through")
                .contains("/e-fifth-attempt-long-ago");
        assertThat(due(5, 60)).as("a low maximum wait makes everything under the cap due")
                .contains("/b-second-attempt-2min-ago");
    }

    private List<Object> due(int maxAttempts, long maxSeconds) {
        Map<String, Object> p = new HashMap<>();
        p.put("now", Times.iso(now));
        p.put("maxAttempts", maxAttempts);
        p.put("initialSeconds", 60);
        p.put("multiplier", 4.0);
        p.put("maxSeconds", maxSeconds);
        p.put("limit", 100);
        return reader.query("ledger/retry-due", p).stream().map(r -> r.get("locator")).toList();
    }

    @Test
    void failureReasonsCountRecordsNotTheSummariesOfTheirFiles() {
        ledger.record(List.of(entry("/x.jsonl", Outcome.FAILED, "2 of 2 records not ingested; first: ...", 1, now),
                entry("/x.jsonl#1", Outcome.FAILED, "/x.jsonl#1: no abstract", 1, now),
                entry("/x.jsonl#2", Outcome.FAILED, "/x.jsonl#2: no abstract", 1, now),
                entry("/y.pdf", Outcome.PENDING, "/y.pdf: Grobid at http://g is unavailable", 1, now),
                entry("/z.pdf", Outcome.INGESTED, null, 1, now)));

        Map<Object, Object> byReason = new HashMap<>();
        reader.query("ledger/failure-reasons", Map.of()).forEach(r -> byReason.put(r.get("reason"), r.get("n")));

        assertThat(byReason).containsOnly(Map.entry("/x.jsonl#1: no abstract", 1L), Map.entry("/x.jsonl#2: no abstract", 1L),
                Map.entry("/y.pdf: Grobid at http://g is unavailable", 1L));
    }
}
