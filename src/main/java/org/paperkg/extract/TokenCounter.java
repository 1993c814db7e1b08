package org.paperkg.extract;

/** Counts the tokens a text takes in the model's own tokenizer. Implementations are thread-safe. */
public interface TokenCounter {

    /** Tokens of the text as the model sees it, without any special tokens added. */
    int count(String text);

    /**
     * A bound that needs no tokenizer: the text's UTF-8 length. A byte-level BPE (Qwen, GPT-2 and
     * their kin) never makes more tokens than bytes, since every token covers at least one byte.
     * Exact counting costs milliseconds per abstract; the bound lets callers count only when the
     * answer could matter.
     */
    default int upperBound(String text) {
        if (text == null) {
            return 0;
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4; // with its low surrogate
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
