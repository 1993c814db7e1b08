package org.paperkg.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts failure reasons (free text naming the input) into a few classes for metrics and statistics:
 * a class says what to do about a failure (fix the file, start Grobid, wait for the LLM server).
 */
public final class FailureClass {

    public static final String OTHER = "other";

    /** Classes in the order they are tried; the first whose phrases occur in the reason wins. */
    private static final List<Map.Entry<String, List<String>>> RULES = List.of(
            Map.entry("too-large", List.of("larger than the limit", "over the limit", "context window")),
            Map.entry("empty", List.of("empty file")),
            Map.entry("source-gone", List.of("no longer exists")),
            Map.entry("grobid", List.of("grobid")),
            Map.entry("llm-invalid-answer", List.of("no valid json", "merged extraction is invalid")),
            Map.entry("llm-unavailable", List.of("llm server", "llm call", "interrupted")),
            Map.entry("no-text", List.of("no abstract", "neither a title nor an abstract", "neither title nor abstract",
                    "no extractable text", "holds no title", "no text to extract")),
            Map.entry("unsupported-format", List.of("not a pdf", "not a tei", "not pubmed", "not an atom",
                    "an xml file with root", "doctype", "book record", "arxiv api error", "no reader for it")),
            Map.entry("malformed", List.of("not valid json", "not well-formed", "not valid utf-8", "damaged", "truncated",
                    "encrypted", "cannot be read", "field '", "is a json")),
            Map.entry("graph-write", List.of("graph write failed")),
            Map.entry("unreadable", List.of("cannot read")));

    private FailureClass() {
    }

    public static String of(String reason) {
        if (reason == null || reason.isBlank()) {
            return OTHER;
        }
        String text = reason.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> rule : RULES) {
            if (rule.getValue().stream().anyMatch(text::contains)) {
                return rule.getKey();
            }
        }
        return OTHER;
    }
}
