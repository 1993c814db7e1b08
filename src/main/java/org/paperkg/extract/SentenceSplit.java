package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a title and abstract as the offline models read them, each with its offset in
 * the text: the title is one sentence, the abstract is split by {@link Sentences}. Training and
 * extraction both go through here, so the models see text cut the same way.
 */
final class SentenceSplit {

    private SentenceSplit() {
    }

    /** A sentence and where it starts in the text it came from. */
    record Located(Sent sent, int offset) {
    }

    static List<Located> of(String text, String lang) {
        List<Located> out = new ArrayList<>();
        int from = 0;
        for (String s : Sentences.split(text, lang)) {
            int at = text.indexOf(s, from);
            if (at < 0) { // cannot happen: the splitter only strips; keep going without an offset
                at = from;
            }
            out.add(new Located(Sent.of(s, false), at));
            from = at + s.length();
        }
        return out;
    }

    /** The title (when there is one) and then the abstract's sentences. */
    static List<Sent> headSentences(String title, String abstractText, String lang) {
        List<Sent> out = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            out.add(Sent.of(title.strip(), true));
        }
        for (String s : Sentences.split(abstractText == null ? "" : abstractText, lang)) {
            out.add(Sent.of(s, false));
        }
        return out;
    }
}
