package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.source.Paper;
import org.paperkg.source.Section;

/**
 * Cuts a paper's text into pieces of at most a given number of tokens, in reading order: title and
 * abstract, then each section under its heading. A section too long for one piece is cut between
 * sentences; a single sentence too long for one piece is cut into equal parts. Pieces are then
 * packed into chunks that fit each call's budget.
 */
final class FullTextChunker {

    /**
     * A piece of text and its token count.
     *
     * @param text   the text
     * @param tokens its tokens
     */
    record Piece(String text, int tokens) {
    }

    private final TokenCounter tokens;
    private final int maxPieceTokens;

    FullTextChunker(TokenCounter tokens, int maxPieceTokens) {
        this.tokens = tokens;
        this.maxPieceTokens = maxPieceTokens;
    }

    List<Piece> pieces(Paper paper) {
        List<Piece> out = new ArrayList<>();
        add(out, paper.headText(), null);
        for (Section s : paper.sections()) {
            add(out, s.text(), s.heading());
        }
        return out;
    }

    /** All the text the pieces came from, for the cache key. */
    static String fullText(Paper paper) {
        StringBuilder sb = new StringBuilder(paper.headText());
        for (Section s : paper.sections()) {
            sb.append("\n\n").append(s.heading() == null ? "" : s.heading()).append('\n').append(s.text());
        }
        return sb.toString();
    }

    /** The end (exclusive) of the chunk starting at {@code from}: as many pieces as fit, at least one. */
    static int chunkEnd(List<Piece> pieces, int from, int budget) {
        int used = pieces.get(from).tokens();
        int end = from + 1;
        while (end < pieces.size() && used + pieces.get(end).tokens() <= budget) {
            used += pieces.get(end).tokens();
            end++;
        }
        return end;
    }

    static String join(List<Piece> pieces) {
        return String.join("\n\n", pieces.stream().map(Piece::text).toList());
    }

    private void add(List<Piece> out, String text, String heading) {
        if (text == null || text.isBlank()) {
            return;
        }
        String head = heading == null || heading.isBlank() ? "" : "## " + heading.strip() + "\n";
        String whole = head + text.strip();
        int n = tokens.count(whole);
        if (n <= maxPieceTokens) {
            out.add(new Piece(whole, n));
            return;
        }
        StringBuilder current = new StringBuilder(head);
        int used = tokens.count(head);
        for (String sentence : Sentences.split(text, Languages.detect(text))) {
            int t = tokens.count(sentence) + 1;
            if (used + t > maxPieceTokens && current.length() > head.length()) {
                out.add(piece(current));
                current = new StringBuilder(head);
                used = tokens.count(head);
            }
            if (t > maxPieceTokens) {
                splitSentence(out, sentence, t);
                continue;
            }
            current.append(sentence).append(' ');
            used += t;
        }
        if (current.length() > head.length()) {
            out.add(piece(current));
        }
    }

    /** Counted again as a whole: the sum of the sentences' counts is only an upper bound. */
    private Piece piece(StringBuilder text) {
        String t = text.toString().strip();
        return new Piece(t, tokens.count(t));
    }

    private void splitSentence(List<Piece> out, String sentence, int t) {
        int parts = (t + maxPieceTokens - 1) / maxPieceTokens + 1; // one spare: tokens are not spread evenly
        int step = (sentence.length() + parts - 1) / parts;
        for (int i = 0; i < sentence.length(); i += step) {
            String part = sentence.substring(i, Math.min(sentence.length(), i + step));
            out.add(new Piece(part, tokens.count(part)));
        }
    }
}
