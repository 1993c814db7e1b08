package org.paperkg.extract;

/**
 * How an extraction was made, kept as provenance on every fact.
 *
 * @param extractor     which extractor: {@code llm}, {@code offline-rules}, {@code offline-model}
 * @param model         the model name ({@code Qwen/Qwen3-8B}, {@code rules-v0}, …)
 * @param promptVersion a version derived from the prompt files' content, or the rule set's version
 */
public record ExtractorInfo(String extractor, String model, String promptVersion) {
}
