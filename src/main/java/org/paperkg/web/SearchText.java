package org.paperkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's search words as a Lucene query for Neo4j's full-text indexes: every character Lucene
 * reads as syntax is escaped and the operator words are lower-cased, so input is only ever words to
 * find (any of them; more matches rank higher), never query syntax.
 */
final class SearchText {

    static final int MAX_CHARS = 200;
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private SearchText() {
    }

    static String toLucene(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is empty: give words to search for");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("q is " + text.length() + " characters long, over the limit of " + MAX_CHARS);
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            String w = OPERATORS.contains(word) ? word.toLowerCase(java.util.Locale.ROOT) : word;
            StringBuilder escaped = new StringBuilder();
            for (char c : w.toCharArray()) {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            terms.add(escaped.toString());
        }
        return String.join(" ", terms);
    }
}
