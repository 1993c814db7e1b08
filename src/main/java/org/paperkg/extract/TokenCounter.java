package org.paperkg.extract;

/** Counts the tokens a text takes in the model's own tokenizer. Implementations are thread-safe. */
public interface TokenCounter {

    /** Tokens of the text as the model sees it, without any special tokens added. */
    int count(String text);
}
