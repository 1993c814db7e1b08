package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.source.Paper;

/**
 * Extracts many papers at once, at most {@code concurrency} in flight, results in input order. When the
 * primary extractor's server is unavailable and a fallback is configured, the fallback extracts and its
 * provenance says it stood in.
 */
final class ExtractionStage implements AutoCloseable {

    /** One paper's extraction, or why there is none and whether trying later may help. */
    record Extracted(ExtractionResult result, String failure, boolean retryable) {
        static Extracted ok(ExtractionResult r) {
            return new Extracted(r, null, false);
        }
    }

    private final Extractor primary;
    private final Extractor fallback;
    private final ExecutorService pool;

    ExtractionStage(Extractor primary, Extractor fallback, int concurrency) {
        this.primary = primary;
        this.fallback = fallback;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    List<Extracted> extractAll(List<Paper> papers) {
        List<Future<Extracted>> futures = new ArrayList<>(papers.size());
        papers.forEach(p -> futures.add(pool.submit(() -> extract(p))));
        List<Extracted> out = new ArrayList<>(papers.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.add(new Extracted(null, "interrupted", true));
            } catch (ExecutionException e) {
                out.add(new Extracted(null, papers.get(i).id() + ": extractor error: " + e.getCause(), false));
            }
        }
        return out;
    }

    private Extracted extract(Paper paper) {
        try {
            return Extracted.ok(primary.extract(paper));
        } catch (ExtractionException e) {
            if (e.retryable() && fallback != null) {
                return fallback(paper, e);
            }
            return new Extracted(null, e.getMessage(), e.retryable());
        }
    }

    private Extracted fallback(Paper paper, ExtractionException cause) {
        try {
            ExtractionResult r = fallback.extract(paper);
            ExtractorInfo info = r.info();
            return Extracted.ok(new ExtractionResult(r.extraction(),
                    new ExtractorInfo(info.extractor() + "+fallback", info.model(), info.promptVersion())));
        } catch (ExtractionException e) {
            return new Extracted(null, cause.getMessage() + "; offline fallback failed too: " + e.getMessage(), true);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
