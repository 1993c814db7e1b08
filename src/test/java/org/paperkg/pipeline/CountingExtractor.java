package org.paperkg.pipeline;

import java.util.concurrent.atomic.AtomicInteger;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.source.Paper;

/**
 * An extractor that counts its calls and runs an action once, when call number {@code at} starts: a
 * deterministic "in the middle of the ingest" for fault tests, with no timing involved.
 */
final class CountingExtractor implements Extractor {

    private final Extractor inner;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int at = -1;
    private volatile Runnable action = () -> { };

    CountingExtractor(Extractor inner) {
        this.inner = inner;
    }

    /** Runs {@code what} when the {@code n}th call from now starts. */
    void onCall(int n, Runnable what) {
        action = what;
        at = calls.get() + n;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public ExtractorInfo info() {
        return inner.info();
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        if (calls.incrementAndGet() == at) {
            action.run();
        }
        return inner.extract(paper);
    }
}
