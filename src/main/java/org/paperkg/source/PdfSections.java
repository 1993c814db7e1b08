package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text after the abstract into sections at heading-like lines: short, not ending like a
 * sentence, numbered or capitalized, and set bold or larger than the body text. Stops at the
 * bibliography. With no heading found, everything becomes one untitled section.
 */
final class PdfSections {

    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.)\\s+\\p{Lu}.*");
    private static final Pattern CAPITALIZED = Pattern.compile("^\\p{Lu}.*");
    /** Captions, sentence ends, and labels inside figures or formulas (brackets, operators, daggers). */
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            "(?i)^(?:fig(?:ure)?\\.?|table|algorithm)\\s*\\d.*|.*[.,;:]$|.*[()\\[\\]{}=+<>|∗*†‡−].*");
    private static final int MAX_HEADING_CHARS = 80;
    private static final int MAX_HEADING_WORDS = 12;

    private PdfSections() {
    }

    static List<Section> read(List<PdfLine> lines, int from) {
        List<PdfLine> body = lines.subList(Math.min(from, lines.size()), lines.size());
        float bodySize = PdfHeader.dominantSize(body);
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> text = new ArrayList<>();
        boolean seenHeading = false;
        for (PdfLine l : body) {
            if (l.rotated()) {
                continue;
            }
            if (PdfHeader.REFERENCES.matcher(l.text()).matches()) {
                break;
            }
            if (isHeading(l, bodySize)) {
                if (seenHeading) {
                    sections.add(new Section(heading, PdfText.join(text)));
                }
                heading = l.text();
                text.clear();
                seenHeading = true;
            } else {
                text.add(l.text());
            }
        }
        if (seenHeading || !text.isEmpty()) {
            sections.add(new Section(heading, PdfText.join(text)));
        }
        return sections;
    }

    private static boolean isHeading(PdfLine l, float bodySize) {
        String t = l.text();
        boolean shapedLikeHeading = t.length() <= MAX_HEADING_CHARS && t.split("\\s+").length <= MAX_HEADING_WORDS
                && (NUMBERED.matcher(t).matches() || CAPITALIZED.matcher(t).matches())
                && !NOT_A_HEADING.matcher(t).matches();
        boolean setApart = (l.bold() && l.fontSize() >= bodySize - 0.5f) || l.fontSize() >= bodySize + 1.5f;
        return shapedLikeHeading && setApart;
    }
}
