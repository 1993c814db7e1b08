package org.paperkg.graph;

import java.util.function.Supplier;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The graph database could not take the work: it is down, restarting, unreachable, or refused the work
 * for a reason that passes (the driver's {@link RetryableException}s: service unavailable, session
 * expired, transient errors, after the driver's own retries). Nothing is wrong with the data, so an
 * input caught by it waits and is done again later; it never counts as failed.
 */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs one unit of database work, turning an unavailable database into this exception.
     *
     * @param doing what the work is, for the message ("recording 12 ledger entries")
     */
    static <T> T guard(String doing, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (e instanceof RetryableException) {
                throw new GraphUnavailableException("the graph database is unavailable (" + doing + "): "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    static void guard(String doing, Runnable work) {
        guard(doing, () -> {
            work.run();
            return null;
        });
    }
}
