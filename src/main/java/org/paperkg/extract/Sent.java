package org.paperkg.extract;

import java.util.List;
import java.util.Locale;

/**
 * One sentence of a paper, tokenized once for all rules.
 *
 * @param text   the sentence as written
 * @param lower  the sentence in lower case
 * @param tokens its tokens, offsets into {@code text}
 * @param title  true for the paper's title
 */
record Sent(String text, String lower, List<Token> tokens, boolean title) {

    static Sent of(String text, boolean title) {
        return new Sent(text, text.toLowerCase(Locale.ROOT), Tokenizer.tokenize(text), title);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The text from token {@code from} to token {@code to}, both included, spacing as written. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** True when a token in {@code [from, to)} is one of the words. */
    boolean anyIn(int from, int to, java.util.Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).in(words)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence contains the name as a whole word, ignoring case. */
    boolean mentions(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(n);
        while (at >= 0) {
            int end = at + n.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)) || Tokenizer.isHan(lower.charAt(at - 1));
            boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                    || Tokenizer.isHan(lower.charAt(end)) || lower.charAt(end) == 's';
            if (startOk && endOk) {
                return true;
            }
            at = lower.indexOf(n, at + 1);
        }
        return false;
    }

    /** The sentence as evidence: the schema caps evidence at 2,000 characters. */
    String evidence() {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
