package org.paperkg.eval;

import java.util.List;

/**
 * One gold document in a dataset-independent form: what the extractor reads, and what it should find.
 *
 * @param id           the dataset's document key (with a chunk suffix where a paper was cut up)
 * @param lang         {@code en} or {@code zh}
 * @param title        the title, or {@code null} when the dataset has none
 * @param abstractText the abstract
 * @param mentions     gold mentions with spans into {@link #headText()}; empty for role-only datasets
 * @param sentences    gold sentences with roles; empty for mention-only datasets
 */
public record GoldDoc(String id, String lang, String title, String abstractText, List<GoldMention> mentions,
        List<GoldSentence> sentences) {

    public GoldDoc {
        mentions = List.copyOf(mentions);
        sentences = List.copyOf(sentences);
    }

    /** Title and abstract joined as {@link org.paperkg.source.Paper#headText()} joins them. */
    public String headText() {
        return title == null ? abstractText : title + "\n" + abstractText;
    }
}
