package org.paperkg.eval;

/**
 * How an evaluation runs.
 *
 * @param threads documents extracted at once (1 for single-thread speed; the LLM server's
 *                concurrency for an LLM extractor)
 * @param limit   documents per dataset, the first ones in file order; 0 for all
 * @param warmup  documents extracted, untimed and unscored, before each dataset is timed, so that
 *                the speed excludes start-up (class loading, JIT, first native calls)
 */
public record EvalOptions(int threads, int limit, int warmup) {

    public EvalOptions {
        if (threads < 1 || limit < 0 || warmup < 0) {
            throw new IllegalArgumentException("threads must be >= 1, limit and warmup >= 0");
        }
    }

    /** One thread, every document, 30 warm-up documents. */
    public static EvalOptions defaults() {
        return new EvalOptions(1, 0, 30);
    }
}
