package org.paperkg.extract;

import java.util.function.Supplier;
import org.paperkg.source.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline extractor the application uses: {@link OfflineExtractorV1} (the process-wide instance of
 * the shipped weights, loaded on the first paper rather than at start-up, so a context that never
 * extracts offline never pays for the engine), or the v0 {@link RuleExtractor} when configured so.
 * When the weights are not on the classpath or the engine cannot load them, it logs why once and
 * extracts with the rules; the results' provenance then names the rules. Thread-safe.
 */
public final class OfflineExtractor implements Extractor {

    private static final Logger log = LoggerFactory.getLogger(OfflineExtractor.class);

    private final RuleExtractor rules = new RuleExtractor();
    private final ExtractorInfo expected;
    private final Supplier<OfflineExtractorV1> loader;
    private volatile Extractor delegate;

    public OfflineExtractor(OfflineProperties props) {
        this(props, props.extractor() == OfflineProperties.Kind.V1 ? OfflineExtractorV1.shippedInfo() : null,
                OfflineExtractorV1::shared);
    }

    /**
     * @param shipped the identity of the weights on the classpath, {@code null} when there are none
     * @param loader  loads them
     */
    OfflineExtractor(OfflineProperties props, ExtractorInfo shipped, Supplier<OfflineExtractorV1> loader) {
        this.loader = loader;
        boolean models = props.extractor() == OfflineProperties.Kind.V1 && shipped != null;
        if (props.extractor() == OfflineProperties.Kind.V1 && shipped == null) {
            log.warn("offline-v1: no shipped weights on the classpath ({}/); extracting offline with the v0 rules",
                    OfflineExtractorV1.RESOURCE);
        }
        this.expected = models ? shipped : RuleExtractor.INFO;
        this.delegate = models ? null : rules;
    }

    @Override
    public ExtractorInfo info() {
        Extractor d = delegate;
        return d != null ? d.info() : expected;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        return delegate().extract(paper);
    }

    private Extractor delegate() {
        Extractor d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = load();
                }
                d = delegate;
            }
        }
        return d;
    }

    private Extractor load() {
        try {
            return loader.get();
        } catch (RuntimeException e) {
            log.warn("offline-v1: the shipped weights cannot be loaded ({}); extracting offline with the v0 rules",
                    e.getMessage(), e);
            return rules;
        }
    }
}
