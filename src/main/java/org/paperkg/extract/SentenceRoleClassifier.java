package org.paperkg.extract;

import java.util.List;

/**
 * Labels the sentences of an abstract with their rhetorical roles. Extractors that can do so
 * implement it besides {@link Extractor}; the evaluation then scores roles directly. Thread-safe.
 */
public interface SentenceRoleClassifier {

    /**
     * @param sentences the abstract's sentences in order
     * @param lang      {@code en} or {@code zh}
     * @return one role per sentence, in order
     */
    List<SentenceRole> classify(List<String> sentences, String lang);
}
