package org.paperkg.ground;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.Languages;
import org.paperkg.extract.Sentences;
import org.paperkg.source.Paper;
import org.paperkg.source.Section;

/**
 * A paper's own text (title, abstract, and section texts when present), folded once for matching,
 * with its sentences kept to replace evidence an extractor did not copy exactly.
 */
final class SourceText {

    private record Sentence(String original, String folded, String unhyphenated) {
    }

    private final String folded;
    private final String unhyphenated;
    private final List<Sentence> sentences = new ArrayList<>();

    SourceText(Paper paper) {
        List<String> parts = new ArrayList<>();
        if (paper.title() != null) {
            parts.add(paper.title());
        }
        parts.add(paper.abstractText());
        for (Section s : paper.sections()) {
            if (s.heading() != null) {
                parts.add(s.heading());
            }
            parts.add(s.text());
        }
        String all = String.join("\n\n", parts);
        this.folded = TextNormalizer.normalize(all);
        this.unhyphenated = TextNormalizer.withoutHyphens(folded);
        String lang = paper.lang() != null ? paper.lang() : Languages.detect(all);
        for (String part : parts) {
            for (String s : Sentences.split(part, lang)) {
                String f = TextNormalizer.normalize(s);
                sentences.add(new Sentence(s, f, TextNormalizer.withoutHyphens(f)));
            }
        }
    }

    /** True when the name occurs as a whole word (a plural "s" allowed), after folding. */
    boolean hasName(String name) {
        String n = TextNormalizer.normalize(name);
        return !n.isEmpty() && (Matching.findWord(folded, n) >= 0
                || Matching.findWord(unhyphenated, TextNormalizer.withoutHyphens(n)) >= 0);
    }

    /** True when the span occurs, after folding. */
    boolean hasSpan(String span) {
        String n = TextNormalizer.normalize(span);
        return !n.isEmpty() && (folded.contains(n) || unhyphenated.contains(TextNormalizer.withoutHyphens(n)));
    }

    /**
     * True when the value occurs as a number of its own ({@code 5.7%} not inside {@code 15.7%}); a
     * sign the extractor added for "improved by" / 提升 may be absent from the text.
     */
    boolean hasValue(String value) {
        String v = TextNormalizer.normalize(value);
        if (v.isEmpty()) {
            return false;
        }
        if (Matching.findNumber(folded, v) >= 0) {
            return true;
        }
        boolean signed = v.length() > 1 && (v.charAt(0) == '+' || v.charAt(0) == '-');
        return signed && Matching.findNumber(folded, v.substring(1)) >= 0;
    }

    /** The first sentence containing every name given (names found as in {@link #hasName}), or {@code null}. */
    String sentenceWith(String... names) {
        for (Sentence s : sentences) {
            boolean all = true;
            for (String name : names) {
                String n = TextNormalizer.normalize(name);
                all &= !n.isEmpty() && (Matching.findWord(s.folded(), n) >= 0
                        || Matching.findWord(s.unhyphenated(), TextNormalizer.withoutHyphens(n)) >= 0
                        || Matching.findNumber(s.folded(), n.replaceFirst("^[+-]", "")) >= 0);
            }
            if (all) {
                return s.original().length() <= 2000 ? s.original() : s.original().substring(0, 2000);
            }
        }
        return null;
    }
}
