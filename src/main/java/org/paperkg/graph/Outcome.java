package org.paperkg.graph;

/** How the last attempt at an input ended. */
public enum Outcome {
    /** Read, extracted and written. */
    INGESTED,
    /** Bad input: it will fail again until it changes. */
    FAILED,
    /** A peer (Grobid, the LLM server, Neo4j) was unavailable; retried later. */
    PENDING,
    /** Unchanged since it was ingested. */
    SKIPPED
}
