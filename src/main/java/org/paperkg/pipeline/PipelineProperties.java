package org.paperkg.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How ingest runs.
 *
 * @param maxFileSize     larger input files fail on their own, unread
 * @param concurrency     papers extracted at once; {@code 0} picks the extractor's own limit (the LLM's
 *                        requests in flight, or the cores for the offline extractor)
 * @param batchSize       papers resolved and written together
 * @param offlineFallback when the LLM server is unavailable, extract with the offline extractor instead of
 *                        leaving the paper pending (provenance says so; re-extraction replaces it later)
 */
@ConfigurationProperties("paperkg.pipeline")
public record PipelineProperties(
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("0") int concurrency,
        @DefaultValue("100") int batchSize,
        @DefaultValue("false") boolean offlineFallback) {

    public PipelineProperties {
        if (concurrency < 0 || batchSize < 1) {
            throw new IllegalArgumentException("paperkg.pipeline: concurrency must be >= 0 and batch-size >= 1");
        }
    }

    public static PipelineProperties defaults() {
        return new PipelineProperties(DataSize.ofMegabytes(200), 0, 100, false);
    }
}
