package org.paperkg.eval;

import java.util.List;
import java.util.Set;

/**
 * Rebuilds readable text from a token list and remembers where each token landed, so token-offset
 * gold spans become character spans. Extractors see "optical flow, shape" rather than
 * "optical flow , shape": no space before closing punctuation, none after opening brackets, none
 * around hyphens split into their own token; Chinese character tokens are joined without spaces.
 */
final class TokenText {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "]", "?", "!", "%", "'s", "n't", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "-", "\n");

    private final StringBuilder text = new StringBuilder();
    private final int[] starts;
    private final int[] ends;
    private final boolean cjk;

    private TokenText(int n, boolean cjk) {
        starts = new int[n];
        ends = new int[n];
        this.cjk = cjk;
    }

    /** Joins all tokens; {@code cjk} joins without spaces. */
    static TokenText of(List<String> tokens, boolean cjk) {
        TokenText t = new TokenText(tokens.size(), cjk);
        String prev = null;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = unescape(tokens.get(i));
            if (prev != null && !cjk && !NO_SPACE_BEFORE.contains(tok) && !NO_SPACE_AFTER.contains(prev) && !tok.equals("-") && !tok.equals("\n")) {
                t.text.append(' ');
            }
            t.starts[i] = t.text.length();
            t.text.append(tok);
            t.ends[i] = t.text.length();
            prev = tok;
        }
        return t;
    }

    private static String unescape(String tok) {
        return switch (tok) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            default -> tok;
        };
    }

    String text() {
        return text.toString();
    }

    /** Character offset where token {@code i} starts. */
    int start(int i) {
        return starts[i];
    }

    /** Character offset one past token {@code i}. */
    int end(int i) {
        return ends[i];
    }

    boolean cjk() {
        return cjk;
    }
}
