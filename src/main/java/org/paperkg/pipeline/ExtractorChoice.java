package org.paperkg.pipeline;

import org.paperkg.extract.Extractor;

/**
 * The extractor this run uses, its stand-in while the LLM server is down, and how many papers to
 * extract at once.
 *
 * @param primary     the LLM extractor when a server is configured, else the offline one
 * @param fallback    the offline extractor when {@code paperkg.pipeline.offline-fallback} is on, else {@code null}
 * @param concurrency papers in flight
 */
public record ExtractorChoice(Extractor primary, Extractor fallback, int concurrency) {
}
