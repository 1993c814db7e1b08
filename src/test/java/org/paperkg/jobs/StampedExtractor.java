package org.paperkg.jobs;

import java.util.Set;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.source.Paper;

/**
 * The offline rules under another name, model or prompt version (an "older" or "other" extractor),
 * failing for chosen papers: for good, or as if its server were down.
 */
final class StampedExtractor implements Extractor {

    private final RuleExtractor rules = new RuleExtractor();
    private final ExtractorInfo info;
    private final Set<String> failFor;
    private final boolean retryable;

    StampedExtractor(ExtractorInfo info) {
        this(info, Set.of(), false);
    }

    StampedExtractor(ExtractorInfo info, Set<String> failFor, boolean retryable) {
        this.info = info;
        this.failFor = failFor;
        this.retryable = retryable;
    }

    @Override
    public ExtractorInfo info() {
        return info;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        if (failFor.contains(paper.id()) || failFor.contains("*")) {
            throw new ExtractionException(retryable ? "LLM server unreachable after 3 attempts"
                    : "paper " + paper.id() + ": the model gave no valid JSON", retryable);
        }
        return new ExtractionResult(rules.extract(paper).extraction(), info);
    }
}
