package org.paperkg.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.source.Paper;

/** An extractor whose calls are timed as {@code paperkg.extraction} (tags: extractor, outcome). */
final class TimedExtractor implements Extractor {

    private final Extractor delegate;
    private final Supplier<MeterRegistry> meters;

    TimedExtractor(Extractor delegate, Supplier<MeterRegistry> meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public ExtractorInfo info() {
        return delegate.info();
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        long t0 = System.nanoTime();
        String outcome = "error";
        try {
            ExtractionResult result = delegate.extract(paper);
            outcome = "ok";
            return result;
        } catch (ExtractionException e) {
            outcome = e.retryable() ? "unavailable" : "failed";
            throw e;
        } finally {
            Timer.builder("paperkg.extraction").description("Extraction of one paper")
                    .tag("extractor", delegate.info().extractor()).tag("outcome", outcome).register(meters.get())
                    .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
