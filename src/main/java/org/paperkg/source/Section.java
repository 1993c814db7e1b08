package org.paperkg.source;

/**
 * A section of a paper's body text.
 *
 * @param heading the section heading, or {@code null} when the source has none
 * @param text    the section's plain text
 */
public record Section(String heading, String text) {
    public Section {
        text = text == null ? "" : text;
    }
}
