package org.paperkg.extract;

import java.util.List;

/**
 * An abstract's sentences with their roles, as sentence-role training data.
 *
 * @param sentences the sentences in order
 * @param roles     one role per sentence
 */
public record LabelledAbstract(List<String> sentences, List<SentenceRole> roles) {

    public LabelledAbstract {
        sentences = List.copyOf(sentences);
        roles = List.copyOf(roles);
        if (sentences.size() != roles.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + roles.size() + " roles");
        }
    }
}
