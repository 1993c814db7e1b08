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
 * The extractors a command can name: {@code rules} (v0), {@code offline-v1}, {@code llm}. Uses the
 * application's beans when there are any, else builds the offline ones itself and closes what it
 * built when the context closes.
 */
@Component
class ExtractorCatalog implements DisposableBean {

    private final ObjectProvider<RuleExtractor> rules;
    private final ObjectProvider<LlmExtractor> llm;
    private final ObjectProvider<LlmProperties> llmProps;
    private final ObjectProvider<OfflineExtractorV1> offline;
    private final List<OfflineExtractorV1> built = new ArrayList<>();

    ExtractorCatalog(ObjectProvider<RuleExtractor> rules, ObjectProvider<LlmExtractor> llm,
            ObjectProvider<LlmProperties> llmProps, ObjectProvider<OfflineExtractorV1> offline) {
        this.rules = rules;
        this.llm = llm;
        this.llmProps = llmProps;
        this.offline = offline;
    }

    /**
     * @param models for {@code offline-v1}: a folder of weights written by {@code train}, or {@code null}
     *               for the shipped ones
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException    when the extractor cannot be made here (no LLM server configured)
     */
    Extractor get(String name, Path models) {
        return switch (name) {
            case "rules", "offline-rules", "v0" -> rules.getIfAvailable(RuleExtractor::new);
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
        OfflineExtractorV1 bean = models == null ? offline.getIfAvailable() : null;
        if (bean != null) {
            return bean;
        }
        try {
            OfflineExtractorV1 e = models == null ? OfflineExtractorV1.load() : OfflineExtractorV1.load(models);
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
