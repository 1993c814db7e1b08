package org.paperkg.extract;

import java.util.List;

/**
 * A text with typed mentions, as mention-tagger training data.
 *
 * @param text  the text (an abstract or a sentence)
 * @param spans mentions as character ranges {@code [start, end)} of {@code text}
 */
public record AnnotatedText(String text, List<Span> spans) {

    public AnnotatedText {
        spans = List.copyOf(spans);
    }

    /** A typed character range {@code [start, end)}. */
    public record Span(EntityType type, int start, int end) {
    }
}
