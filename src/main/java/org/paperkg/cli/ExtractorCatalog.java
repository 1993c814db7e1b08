package org.paperkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.OfflineExtractorV1;
import org.paperkg.extract.RuleExtractor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The extractors a command can name: {@code rules} (v0), {@code offline-v1} (the shipped weights, or
 * weights from a folder), {@code llm}. Uses the application's LLM extractor when there is one; the
 * offline ones it makes itself (the shipped v1 is the process-wide instance) and closes what it
 * loaded from a folder when the context closes.
 */
@Component
class ExtractorCatalog implements DisposableBean {

    private final ObjectProvider<LlmExtractor> llm;
    private final ObjectProvider<LlmProperties> llmProps;
    private final List<OfflineExtractorV1> built = new ArrayList<>();

    ExtractorCatalog(ObjectProvider<LlmExtractor> llm, ObjectProvider<LlmProperties> llmProps) {
        this.llm = llm;
        this.llmProps = llmProps;
    }

    /**
     * @param models for {@code offline-v1}: a folder of weights written by {@code train}, or {@code null}
     *               for the shipped ones
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException    when the extractor cannot be made here (no LLM server configured)
     */
    Extractor get(String name, Path models) {
        return switch (name) {
            case "rules", "offline-rules", "v0" -> new RuleExtractor();
            case "offline-v1", "v1" -> offlineV1(models);
            case "llm" -> {
                LlmExtractor e = llm.getIfAvailable();
                if (e == null) {
                    throw new IllegalStateException("no LLM server configured: set paperkg.llm.base-urls "
                            + "(environment PAPERKG_LLM_BASEURLS=http://host:8000)");
                }
                yield e;
            }
            default -> throw new IllegalArgumentException("unknown extractor; known: rules, offline-v1, llm");
        };
    }

    private synchronized OfflineExtractorV1 offlineV1(Path models) {
        try {
            if (models == null) {
                return OfflineExtractorV1.shared();
            }
            OfflineExtractorV1 e = OfflineExtractorV1.load(models);
            built.add(e);
            return e;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void destroy() {
        built.forEach(OfflineExtractorV1::close);
        built.clear();
    }

    /** Documents to extract at once by default: the LLM client's requests in flight, else one. */
    int defaultThreads(Extractor e) {
        if (e instanceof LlmExtractor) {
            LlmProperties p = llmProps.getIfAvailable();
            return p == null ? 16 : Math.max(1, p.maxInFlight());
        }
        return 1;
    }
}
